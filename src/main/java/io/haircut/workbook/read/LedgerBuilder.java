package io.haircut.workbook.read;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceFile;
import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Collects what the table readers found, across every sheet and file of one import, and builds the
 * {@link Ledger}. Figures that arrive from two places are compared, never silently merged:
 *
 * <ul>
 *   <li>a revenue ledger (one row per invoice) beats P&L revenue lines: the lines become a check of the
 *       ledger's monthly totals, and a month that differs is reported with both figures;</li>
 *   <li>with no revenue ledger, P&L revenue lines become revenue entries (customer "(line name)", settled in
 *       cash unless the line or the mapping says credits), dated the last day of their period;</li>
 *   <li>the same for costs (a Costs table beats P&L cost lines), customer counts and cash balances;</li>
 *   <li>two sources of the same month's totals that differ are an error naming both cells;</li>
 *   <li>two revenue ledgers are both imported (a billing system and a marketplace report), but an entry
 *       present in both (same date, customer, amount and invoice) is an error: it would count twice.</li>
 * </ul>
 */
public final class LedgerBuilder {

    /** A P&L revenue line's figure for one period, before it is known whether it becomes an entry or a check. */
    record WideRevenue(String label, ImportMapping.LineRule rule, Settlement settlement, Periods.Span span, Money amount,
            BigDecimal resolution, SourceRef source, String table, FigureBasis basis) {

        WideRevenue(String label, ImportMapping.LineRule rule, Settlement settlement, Periods.Span span, Money amount,
                BigDecimal resolution, SourceRef source, String table) {
            this(label, rule, settlement, span, amount, resolution, source, table, FigureBasis.ACTUAL);
        }
    }

    /** A P&L cost line's figure for one period; {@code month} is the last month of {@code span}. */
    record WideCost(YearMonth month, CostCategory category, Settlement paidWith, Money amount, BigDecimal resolution,
            SourceRef source, String label, String table, Periods.Span span, FigureBasis basis) {

        WideCost(YearMonth month, CostCategory category, Settlement paidWith, Money amount, BigDecimal resolution,
                SourceRef source, String label, String table) {
            this(month, category, paidWith, amount, resolution, source, label, table, new Periods.Span(month, 1), FigureBasis.ACTUAL);
        }
    }

    record WideFigure(YearMonth month, Dictionary.LineKind kind, BigDecimal value, String currency, SourceRef source, String table) {
    }

    private final List<RevenueEntry> revenue = new ArrayList<>();
    /** Where each revenue ledger's entries start in {@link #revenue}, by table: duplicate entries across ledgers are errors. */
    private final Map<String, int[]> revenueTables = new LinkedHashMap<>();
    private final List<CostEntry> costs = new ArrayList<>();
    private final Set<String> costTables = new LinkedHashSet<>();
    private final List<CustomerCount> customers = new ArrayList<>();
    private final List<FundingEntry> funding = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<CashBalance> cash = new ArrayList<>();
    private final List<WideRevenue> wideRevenue = new ArrayList<>();
    private final List<WideCost> wideCosts = new ArrayList<>();
    private final List<WideFigure> wideFigures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Interned strings: a million entries share a few hundred customer and channel names. */
    private final Map<String, String> interned = new HashMap<>();
    private final Map<java.time.LocalDate, java.time.LocalDate> days = new HashMap<>();
    private int tables;
    private boolean revenueLedgerSeen;
    private boolean includeForecast;

    /** Whether forecast columns are imported (import --include forecast); they are skipped with a note otherwise. */
    boolean includeForecast() {
        return includeForecast;
    }

    public void includeForecast(boolean include) {
        includeForecast = include;
    }

    String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    /** One instance per day: a billing export has millions of lines on a few hundred days. */
    public java.time.LocalDate intern(java.time.LocalDate day) {
        return days.computeIfAbsent(day, k -> k);
    }

    public void tableRead() {
        tables++;
    }

    public int tables() {
        return tables;
    }

    public List<String> notes() {
        return notes;
    }

    public List<String> warnings() {
        return warnings;
    }

    public void note(String note) {
        notes.add(note);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    /** A revenue ledger starts: its entries are told apart from other ledgers' for the duplicate check. */
    void startRevenueTable(String table) {
        revenueLedgerSeen = true;
        revenueTables.put(table, new int[] {revenue.size(), revenue.size()});
    }

    void revenue(String table, RevenueEntry e) {
        revenue.add(e);
        revenueTables.get(table)[1] = revenue.size();
    }

    void cost(String table, CostEntry e) {
        costTables.add(table);
        costs.add(e);
    }

    void costTableSeen(String table) {
        costTables.add(table);
    }

    void customers(CustomerCount c) {
        customers.add(c);
    }

    void funding(FundingEntry f) {
        funding.add(f);
    }

    void commitment(Commitment c) {
        commitments.add(c);
    }

    void party(Party p) {
        parties.add(p);
    }

    void cash(CashBalance c) {
        cash.add(c);
    }

    void wideRevenue(WideRevenue r) {
        wideRevenue.add(r);
    }

    void wideCost(WideCost c) {
        wideCosts.add(c);
    }

    void wideFigure(WideFigure f) {
        wideFigures.add(f);
    }

    public boolean hasRevenue() {
        return revenueLedgerSeen || !wideRevenue.isEmpty();
    }

    /** The ledger, after the cross-source checks; {@code rates} converts every amount into one currency when given. */
    public Ledger build(String company, List<SourceFile> files, ImportMapping.Rates rates) {
        resolveRevenue();
        resolveCosts();
        resolveCustomers();
        resolveCash();
        checkDuplicateRevenue();
        Ledger ledger = new Ledger(company, files, revenue, costs, customers, funding, commitments, new PartyRegister(parties), cash);
        if (!rates.isEmpty()) {
            ledger = RateConversion.convert(ledger, rates, notes);
        } else if (ledger.revenueCurrencies().size() > 1) {
            warnings.add("revenue is in " + String.join(" and ", ledger.revenueCurrencies()) + ": each entry keeps its currency, and reports"
                    + " refuse to add different currencies; give a rate table (import ... --rates RATES.yaml, or rates: in the mapping) to convert them");
        }
        return ledger;
    }

    // ---- revenue ----------------------------------------------------------------------------

    private void resolveRevenue() {
        if (wideRevenue.isEmpty()) {
            return;
        }
        List<WideRevenue> lines = oneSourcePerMonth(PeriodNotes.finest(PeriodNotes.actualsFirst(wideRevenue, WideRevenue::span,
                        r -> r.basis() == FigureBasis.FORECAST, notes, "revenue"), WideRevenue::span, notes, "revenue"),
                WideRevenue::table, r -> r.span().last(), WideRevenue::amount, WideRevenue::source, "revenue");
        if (revenueLedgerSeen) {
            checkAgainstRevenueLedger(lines);
        } else {
            revenueFromLines(lines);
        }
    }

    /** Each P&L period's revenue against the ledger's entries in the same months, to the P&L's precision. */
    private void checkAgainstRevenueLedger(List<WideRevenue> lines) {
        Map<String, BigDecimal> ledgerByMonth = new HashMap<>();
        Map<String, Integer> countByMonth = new HashMap<>();
        for (RevenueEntry e : revenue) {
            String k = e.month() + " " + e.amount().currency();
            ledgerByMonth.merge(k, e.amount().amount(), BigDecimal::add);
            countByMonth.merge(k, 1, Integer::sum);
        }
        Map<String, List<WideRevenue>> byPeriod = new TreeMap<>();
        for (WideRevenue r : lines) {
            byPeriod.computeIfAbsent(r.span() + " " + r.amount().currency(), k -> new ArrayList<>()).add(r);
        }
        int agree = 0;
        for (List<WideRevenue> period : byPeriod.values()) {
            WideRevenue first = period.get(0);
            BigDecimal pnl = sum(period.stream().map(r -> r.amount().amount()).toList());
            BigDecimal tolerance = sum(period.stream().map(WideRevenue::resolution).toList()).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
            BigDecimal ledger = BigDecimal.ZERO;
            int entries = 0;
            for (int i = 0; i < first.span().months(); i++) {
                String k = first.span().first().plusMonths(i) + " " + first.amount().currency();
                ledger = ledger.add(ledgerByMonth.getOrDefault(k, BigDecimal.ZERO));
                entries += countByMonth.getOrDefault(k, 0);
            }
            if (pnl.subtract(ledger).abs().compareTo(tolerance) <= 0) {
                agree++;
            } else {
                warnings.add("revenue for " + first.span() + " is " + money(first.amount().currency(), ledger) + " in the revenue ledger ("
                        + entries + (entries == 1 ? " entry" : " entries") + ") but " + money(first.amount().currency(), pnl) + " in the P&L ("
                        + cells(period.stream().map(WideRevenue::source).toList()) + "), a difference of "
                        + money(first.amount().currency(), ledger.subtract(pnl)) + "; haircut uses the ledger's entries");
            }
        }
        notes.add("P&L revenue lines checked against the revenue ledger: " + agree + " of " + byPeriod.size() + " periods agree"
                + " (the ledger's entries are used; the P&L lines are not imported as entries)");
    }

    /** Without a revenue ledger, each P&L revenue line and period becomes one entry. */
    private void revenueFromLines(List<WideRevenue> lines) {
        for (WideRevenue r : lines) {
            ImportMapping.LineRule rule = r.rule();
            String customer = rule != null && rule.customer() != null ? rule.customer() : "(" + r.label() + ")";
            String channel = rule != null && rule.channel() != null ? rule.channel() : "unspecified";
            Settlement settlement = rule != null && rule.settlement() != null ? rule.settlement()
                    : r.settlement() != null ? r.settlement() : Settlement.CASH;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("line", r.label());
            attributes.put("period", r.span().toString());
            if (r.basis() == FigureBasis.FORECAST) {
                attributes.put("basis", FigureBasis.FORECAST.label());
            }
            boolean named = rule != null && rule.customer() != null;
            revenue.add(new RevenueEntry(r.span().lastDay(), intern(customer), intern(channel), settlement, r.amount(), attributes, r.source(),
                    r.span().toLedger(), r.basis(), named));
        }
        int longest = lines.stream().mapToInt(r -> r.span().months()).max().orElse(1);
        if (longest > 1) {
            notes.add("revenue figures cover " + lines.stream().map(r -> new io.haircut.ledger.Span(r.span().first(), r.span().months()).kind())
                    .distinct().collect(Collectors.joining(" and ")) + " periods; each keeps its period (a year's figure is the year, not its last month)");
        }
        notes.add("revenue from P&L lines: " + lines.size() + " entries, one per line and period, dated the period's last day"
                + " (no revenue ledger was given; customer is '(line name)', channel 'unspecified', settled in cash unless the line or the mapping says cloud credits)");
    }

    // ---- costs -------------------------------------------------------------------------------

    private void resolveCosts() {
        if (wideCosts.isEmpty()) {
            return;
        }
        List<WideCost> lines = oneSourcePerMonth(PeriodNotes.finest(PeriodNotes.actualsFirst(wideCosts, WideCost::span,
                        c -> c.basis() == FigureBasis.FORECAST, notes, "costs"), WideCost::span, notes, "costs"),
                WideCost::table, WideCost::month, WideCost::amount, WideCost::source, "costs");
        if (!costTables.isEmpty()) {
            Map<String, BigDecimal> table = new HashMap<>();
            for (CostEntry c : costs) {
                table.merge(c.month() + " " + c.amount().currency(), c.amount().amount(), BigDecimal::add);
            }
            Map<String, List<WideCost>> byMonth = new TreeMap<>();
            lines.forEach(c -> byMonth.computeIfAbsent(c.month() + " " + c.amount().currency(), k -> new ArrayList<>()).add(c));
            int agree = 0;
            for (Map.Entry<String, List<WideCost>> m : byMonth.entrySet()) {
                List<WideCost> month = m.getValue();
                BigDecimal pnl = sum(month.stream().map(c -> c.amount().amount()).toList());
                BigDecimal tolerance = sum(month.stream().map(WideCost::resolution).toList()).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
                BigDecimal fromTable = table.getOrDefault(m.getKey(), BigDecimal.ZERO);
                if (pnl.subtract(fromTable).abs().compareTo(tolerance) <= 0) {
                    agree++;
                } else {
                    String currency = month.get(0).amount().currency();
                    warnings.add("costs for " + month.get(0).month() + " are " + money(currency, fromTable) + " in the Costs table but "
                            + money(currency, pnl) + " in the P&L (" + cells(month.stream().map(WideCost::source).toList())
                            + "); haircut uses the Costs table");
                }
            }
            notes.add("P&L cost lines checked against the Costs table: " + agree + " of " + byMonth.size() + " months agree (the Costs table is used)");
            return;
        }
        for (WideCost c : lines) {
            costs.add(new CostEntry(c.month(), c.category(), c.amount(), c.paidWith() == null ? Settlement.CASH : c.paidWith(), c.source(),
                    c.span().toLedger(), c.basis()));
        }
    }

    /**
     * Keeps one table's figures per month when two wide tables give the same month: equal totals are one
     * figure given twice (noted, kept once); different totals are an error naming both.
     */
    private <T> List<T> oneSourcePerMonth(List<T> items, java.util.function.Function<T, String> table,
            java.util.function.Function<T, YearMonth> month, java.util.function.Function<T, Money> amount,
            java.util.function.Function<T, SourceRef> source, String what) {
        Map<YearMonth, Map<String, List<T>>> byMonth = new TreeMap<>();
        for (T item : items) {
            byMonth.computeIfAbsent(month.apply(item), m -> new LinkedHashMap<>()).computeIfAbsent(table.apply(item), t -> new ArrayList<>()).add(item);
        }
        List<T> kept = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Map.Entry<YearMonth, Map<String, List<T>>> m : byMonth.entrySet()) {
            List<List<T>> sources = new ArrayList<>(m.getValue().values());
            List<T> first = sources.get(0);
            for (int i = 1; i < sources.size(); i++) {
                List<T> other = sources.get(i);
                BigDecimal a = sum(first.stream().map(x -> amount.apply(x).amount()).toList());
                BigDecimal b = sum(other.stream().map(x -> amount.apply(x).amount()).toList());
                if (a.compareTo(b) != 0) {
                    String currency = amount.apply(first.get(0)).currency();
                    throw new ImportException(what + " for " + m.getKey() + " is given twice with different totals: " + money(currency, a) + " ("
                            + cells(first.stream().map(source).toList()) + ") and " + money(currency, b) + " (" + cells(other.stream().map(source).toList())
                            + "); import one of them, or mark one sheet 'ignore' under sheets: in a mapping file");
                }
                duplicates.add(table.apply(other.get(0)) + " repeats " + table.apply(first.get(0)));
            }
            kept.addAll(first);
        }
        duplicates.forEach(d -> notes.add(what + ": " + d + " with equal totals; counted once"));
        return kept;
    }

    // ---- customers and cash ------------------------------------------------------------------

    private void resolveCustomers() {
        Map<YearMonth, Map<Dictionary.LineKind, WideFigure>> byMonth = figures(Set.of(Dictionary.LineKind.ACTIVE, Dictionary.LineKind.NEW,
                Dictionary.LineKind.CHURNED));
        Map<YearMonth, CustomerCount> given = new HashMap<>();
        for (CustomerCount c : customers) {
            CustomerCount previous = given.putIfAbsent(c.month(), c);
            if (previous != null) {
                if (previous.active() != c.active() || previous.added() != c.added() || previous.churned() != c.churned()) {
                    throw new ImportException("customer counts for " + c.month() + " are given twice with different figures: " + previous.source()
                            + " and " + c.source() + "; import one of them, or mark one sheet 'ignore' in a mapping file");
                }
            }
        }
        customers.removeIf(c -> given.get(c.month()) != c);
        for (Map.Entry<YearMonth, Map<Dictionary.LineKind, WideFigure>> m : byMonth.entrySet()) {
            Map<Dictionary.LineKind, WideFigure> f = m.getValue();
            if (given.containsKey(m.getKey())) {
                CustomerCount c = given.get(m.getKey());
                if (differs(f.get(Dictionary.LineKind.ACTIVE), c.active()) || differs(f.get(Dictionary.LineKind.NEW), c.added())
                        || differs(f.get(Dictionary.LineKind.CHURNED), c.churned())) {
                    warnings.add("customer counts for " + m.getKey() + " differ between " + c.source() + " and the KPI lines ("
                            + cells(f.values().stream().map(WideFigure::source).toList()) + "); haircut uses " + c.source());
                }
                continue;
            }
            if (f.size() < 3) {
                warnings.add("customer counts for " + m.getKey() + " lack " + missingKinds(f.keySet(), List.of(Dictionary.LineKind.ACTIVE,
                        Dictionary.LineKind.NEW, Dictionary.LineKind.CHURNED)) + " (" + cells(f.values().stream().map(WideFigure::source).toList())
                        + "); the month is left out, never counted as 0");
                continue;
            }
            customers.add(new CustomerCount(m.getKey(), f.get(Dictionary.LineKind.ACTIVE).value().longValueExact(),
                    f.get(Dictionary.LineKind.NEW).value().longValueExact(), f.get(Dictionary.LineKind.CHURNED).value().longValueExact(),
                    f.get(Dictionary.LineKind.ACTIVE).source()));
        }
        customers.sort(java.util.Comparator.comparing(CustomerCount::month));
    }

    private void resolveCash() {
        Map<YearMonth, Map<Dictionary.LineKind, WideFigure>> byMonth = figures(Set.of(Dictionary.LineKind.CASH_BALANCE, Dictionary.LineKind.UNUSED_CREDITS));
        Map<YearMonth, CashBalance> given = new HashMap<>();
        for (CashBalance c : cash) {
            CashBalance previous = given.putIfAbsent(c.month(), c);
            if (previous != null && (previous.cash().amount().compareTo(c.cash().amount()) != 0
                    || previous.unusedCredits().amount().compareTo(c.unusedCredits().amount()) != 0)) {
                throw new ImportException("cash balances for " + c.month() + " are given twice with different figures: " + previous.source()
                        + " and " + c.source() + "; import one of them, or mark one sheet 'ignore' in a mapping file");
            }
        }
        cash.removeIf(c -> given.get(c.month()) != c);
        for (Map.Entry<YearMonth, Map<Dictionary.LineKind, WideFigure>> m : byMonth.entrySet()) {
            Map<Dictionary.LineKind, WideFigure> f = m.getValue();
            if (given.containsKey(m.getKey())) {
                CashBalance c = given.get(m.getKey());
                if (differs(f.get(Dictionary.LineKind.CASH_BALANCE), c.cash().amount()) || differs(f.get(Dictionary.LineKind.UNUSED_CREDITS), c.unusedCredits().amount())) {
                    warnings.add("cash balances for " + m.getKey() + " differ between " + c.source() + " and the KPI lines; haircut uses " + c.source());
                }
                continue;
            }
            if (f.size() < 2) {
                warnings.add("cash for " + m.getKey() + " lacks " + missingKinds(f.keySet(), List.of(Dictionary.LineKind.CASH_BALANCE,
                        Dictionary.LineKind.UNUSED_CREDITS)) + " (" + cells(f.values().stream().map(WideFigure::source).toList())
                        + "); the month is left out, never counted as 0");
                continue;
            }
            WideFigure c = f.get(Dictionary.LineKind.CASH_BALANCE);
            WideFigure u = f.get(Dictionary.LineKind.UNUSED_CREDITS);
            cash.add(new CashBalance(m.getKey(), new Money(c.value(), c.currency()), new Money(u.value(), u.currency()), c.source()));
        }
        cash.sort(java.util.Comparator.comparing(CashBalance::month));
    }

    private Map<YearMonth, Map<Dictionary.LineKind, WideFigure>> figures(Set<Dictionary.LineKind> kinds) {
        Map<YearMonth, Map<Dictionary.LineKind, WideFigure>> byMonth = new TreeMap<>();
        for (WideFigure f : wideFigures) {
            if (!kinds.contains(f.kind())) {
                continue;
            }
            WideFigure previous = byMonth.computeIfAbsent(f.month(), m -> new LinkedHashMap<>()).putIfAbsent(f.kind(), f);
            if (previous != null && previous.value().compareTo(f.value()) != 0) {
                throw new ImportException(label(f.kind()) + " for " + f.month() + " is given twice with different figures: "
                        + previous.value().toPlainString() + " (" + previous.source() + ") and " + f.value().toPlainString() + " (" + f.source()
                        + "); import one of them, or map one line as ignore in a mapping file");
            }
        }
        return byMonth;
    }

    private static boolean differs(WideFigure f, long value) {
        return f != null && f.value().compareTo(BigDecimal.valueOf(value)) != 0;
    }

    private static boolean differs(WideFigure f, BigDecimal value) {
        return f != null && f.value().compareTo(value) != 0;
    }

    private static String missingKinds(Set<Dictionary.LineKind> have, List<Dictionary.LineKind> all) {
        return all.stream().filter(k -> !have.contains(k)).map(LedgerBuilder::label).collect(Collectors.joining(" and "));
    }

    static String label(Dictionary.LineKind kind) {
        return switch (kind) {
            case ACTIVE -> "active customers";
            case NEW -> "new customers";
            case CHURNED -> "churned customers";
            case CASH_BALANCE -> "the cash balance";
            case UNUSED_CREDITS -> "unused credits";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    // ---- duplicates across revenue ledgers ---------------------------------------------------

    private void checkDuplicateRevenue() {
        if (revenueTables.size() < 2) {
            return;
        }
        Map<String, RevenueEntry> seen = new HashMap<>();
        Map<String, String> tableOf = new HashMap<>();
        for (Map.Entry<String, int[]> t : revenueTables.entrySet()) {
            Map<String, RevenueEntry> mine = new HashMap<>();
            for (int i = t.getValue()[0]; i < t.getValue()[1]; i++) {
                RevenueEntry e = revenue.get(i);
                String key = e.date() + "|" + CounterpartyNames.normalise(e.customer()) + "|" + e.amount().currency() + "|"
                        + e.amount().amount().stripTrailingZeros().toPlainString() + "|" + Objects.toString(e.attributes().get("invoice"), "");
                RevenueEntry other = seen.get(key);
                if (other != null && !tableOf.get(key).equals(t.getKey())) {
                    long more = countDuplicates(t.getValue(), seen, tableOf, t.getKey());
                    throw new ImportException(e.source() + " repeats " + other.source() + " (" + e.date() + ", " + e.customer() + ", "
                            + e.amount() + "): " + more + " entr" + (more == 1 ? "y" : "ies") + " of " + t.getKey() + " are already in " + tableOf.get(key)
                            + " and would count twice; import one of the two, or mark one sheet 'ignore' under sheets: in a mapping file");
                }
                mine.putIfAbsent(key, e);
            }
            mine.forEach((k, v) -> {
                seen.putIfAbsent(k, v);
                tableOf.putIfAbsent(k, t.getKey());
            });
        }
        notes.add("revenue from " + revenueTables.size() + " ledgers (" + String.join(", ", revenueTables.keySet())
                + ") was added together; no entry appears in two of them");
    }

    private long countDuplicates(int[] range, Map<String, RevenueEntry> seen, Map<String, String> tableOf, String table) {
        long n = 0;
        for (int i = range[0]; i < range[1]; i++) {
            RevenueEntry e = revenue.get(i);
            String key = e.date() + "|" + CounterpartyNames.normalise(e.customer()) + "|" + e.amount().currency() + "|"
                    + e.amount().amount().stripTrailingZeros().toPlainString() + "|" + Objects.toString(e.attributes().get("invoice"), "");
            if (seen.containsKey(key) && !tableOf.get(key).equals(table)) {
                n++;
            }
        }
        return n;
    }

    // ---- helpers -----------------------------------------------------------------------------

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "USD 1,234.56": a figure in a message, rounded half-even to cents for display only. */
    static String money(String currency, BigDecimal amount) {
        return currency + " " + String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** "P&L!D7, D8, D9": cells in a message, the sheet named once. */
    static String cells(List<SourceRef> refs) {
        if (refs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(refs.get(0).toString());
        int shown = 1;
        for (int i = 1; i < refs.size() && shown < 6; i++, shown++) {
            SourceRef r = refs.get(i);
            SourceRef prev = refs.get(i - 1);
            out.append(", ").append(Objects.equals(r.file(), prev.file()) && Objects.equals(r.sheet(), prev.sheet()) ? r.cell() : r.toString());
        }
        if (refs.size() > shown) {
            out.append(" and ").append(refs.size() - shown).append(" more");
        }
        return out.toString();
    }
}
