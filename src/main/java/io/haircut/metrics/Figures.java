package io.haircut.metrics;

import io.haircut.coverage.CommitmentSchedule;
import io.haircut.coverage.CommitmentSchedule.CommitmentYear;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import io.haircut.rules.applied.LastBuilt;
import io.haircut.rules.ViewAmounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The ledger's tables summed by month, once, so that each period's metrics are sums over a few months
 * rather than passes over every entry. Exact sums; no rounding here. Lookups that need a table the data
 * room did not give, or a month it has no row for, answer with the reason instead of a zero.
 */
final class Figures {

    /** An amount on each column: Reported and Adjusted. */
    private record OnColumns(BigDecimal reported, BigDecimal adjusted) {
        OnColumns plus(OnColumns other) {
            return new OnColumns(reported.add(other.reported), adjusted.add(other.adjusted));
        }

        BigDecimal on(Column column) {
            return column == Column.REPORTED ? reported : adjusted;
        }
    }

    /** One month's revenue sums while the lines are walked; null until the month's first line adds to it. */
    private static final class MonthSums {
        BigDecimal reported;
        BigDecimal cash;
        BigDecimal adjusted;
        BigDecimal nonCashReported;
        BigDecimal nonCashAdjusted;
        BigDecimal relatedReported;
        BigDecimal relatedAdjusted;
        int span;
        final Map<String, OnColumns> byGroup = new HashMap<>();
    }

    /** The running sum with one more amount; the first amount is kept as it is (its scale too). */
    private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
        return sum == null ? amount : sum.add(amount);
    }

    /** A cost's amount by what paid it: cash, or cloud credits. */
    private record PaidWith(BigDecimal cash, BigDecimal credits) {
        static PaidWith of(Settlement paidWith, BigDecimal amount) {
            return paidWith == Settlement.CASH ? new PaidWith(amount, BigDecimal.ZERO) : new PaidWith(BigDecimal.ZERO, amount);
        }

        PaidWith plus(PaidWith other) {
            return new PaidWith(cash.add(other.cash), credits.add(other.credits));
        }
    }

    /** A month's Customers row (several rows for one month, say one per segment, add up). */
    record Customers(long active, long added, long churned) {
        Customers plus(Customers other) {
            return new Customers(active + other.active, added + other.added, churned + other.churned);
        }

        /** Customers at the start of the month: Active - New + Churned. */
        long atStart() {
            return active - added + churned;
        }
    }

    final String company;
    final String currency;
    final YearMonth first;
    final YearMonth last;

    /** Per month: reported, cash and adjusted revenue (the three views of docs/methodology.md, "The three views"). */
    private final Map<YearMonth, ViewAmounts> revenue = new HashMap<>();
    /** Per month and column: revenue not received in cash. */
    private final Map<YearMonth, OnColumns> nonCash = new HashMap<>();
    /** Per month and column: revenue from investor or affiliate groups. */
    private final Map<YearMonth, OnColumns> related = new HashMap<>();
    /** Per month: revenue by customer group key, per column. */
    private final Map<YearMonth, Map<String, OnColumns>> byGroup = new HashMap<>();
    /** Group key -> the name to show: the Parties group, else the first spelling seen. */
    private final Map<String, String> groupNames = new HashMap<>();

    private final boolean hasParties;
    /** Per month a revenue figure ends in: the months it covers (1, or 3 for a quarter's figure, 12 for a year's). */
    private final Map<YearMonth, Integer> revenueSpan = new HashMap<>();
    /** Months holding forecast revenue (imported with --include forecast). */
    private final java.util.Set<YearMonth> forecastMonths = new java.util.HashSet<>();
    /** The longest span of a revenue figure, in months. */
    final int longestSpan;
    /** Entries whose customer only names a P&L line; customer metrics cannot use them. */
    private final long unnamed;
    private final String unnamedExample;
    /** Per month, category and means of payment (cash, cloud credit), keyed by the last month of the cost's period. */
    private final Map<YearMonth, Map<CostCategory, PaidWith>> costs = new HashMap<>();
    /** The months each category's costs cover (a quarter's cost line covers its three months). Absent month: no Costs rows. */
    private final Map<YearMonth, java.util.Set<CostCategory>> costCovered = new HashMap<>();
    /** Per month a cost ends in: the earliest first month of the costs ending there. */
    private final Map<YearMonth, YearMonth> costStart = new HashMap<>();
    private final boolean hasCosts;
    private final Map<YearMonth, Customers> customers = new HashMap<>();
    private final boolean hasCustomers;
    private final Map<YearMonth, BigDecimal> cash = new HashMap<>();
    private final boolean hasCash;
    private final List<FundingEntry> funding;
    /** Binding commitments in dollars, per year (capacity in GW has no dollar figure here and is left out). */
    private final Map<Integer, BigDecimal> commitmentsByYear = new HashMap<>();

    /** The figures last built, and the result they came from. */
    private static final LastBuilt<Figures> LAST = new LastBuilt<>();

    /**
     * The figures of an adjusted ledger. A session asks for them several times for one result (metrics, then the
     * workbook's Unit Economics sheet and its analysis), and on a million entries each build is seconds; the ledger
     * is immutable, so the last build is reused while the same result is asked about.
     */
    static Figures of(AdjustedLedger adjusted) {
        return LAST.of(adjusted, Figures::new);
    }

    Figures(AdjustedLedger adjusted) {
        Ledger ledger = adjusted.ledger();
        this.company = ledger.company();
        this.currency = currencyOf(ledger);
        this.first = ledger.firstMonth().orElse(null);
        this.last = ledger.lastMonth().orElse(null);
        PartyRegister parties = ledger.parties();
        this.hasParties = !parties.parties().isEmpty();

        Map<String, Customer> customerOfName = new HashMap<>();
        long pseudo = 0;
        String example = null;
        // One look-up a line into its month's running sums, rather than a map merge (and a new value) per table:
        // a million lines are walked for every result (docs/performance.md).
        Map<YearMonth, MonthSums> months = new HashMap<>();
        for (RevenueLine line : adjusted.revenueLines()) {
            RevenueEntry entry = line.entry();
            MonthSums m = months.computeIfAbsent(entry.month(), x -> new MonthSums());
            m.span = Math.max(m.span, entry.span().months());
            if (entry.isForecast()) {
                forecastMonths.addAll(entry.span().monthList());
            }
            if (!entry.namedCustomer()) {
                pseudo++;
                example = example == null ? entry.customer() : example;
            }
            m.reported = plus(m.reported, line.reported());
            m.cash = plus(m.cash, line.cash());
            m.adjusted = plus(m.adjusted, line.adjusted());
            // Non-cash: all of an entry settled in cloud credits, else what the cash-view rules took from it.
            // Adjusted is after the cash rules, so only a credit-settled entry they left in is non-cash there.
            boolean credit = entry.settlement() == Settlement.CLOUD_CREDIT;
            m.nonCashReported = plus(m.nonCashReported, credit ? line.reported() : line.reported().subtract(line.cash()));
            m.nonCashAdjusted = plus(m.nonCashAdjusted, credit ? line.adjusted() : BigDecimal.ZERO);
            Customer customer = customerOfName.computeIfAbsent(entry.customer(), name -> Customer.of(parties, name));
            groupNames.putIfAbsent(customer.key(), customer.displayName());
            if (customer.related()) {
                m.relatedReported = plus(m.relatedReported, line.reported());
                m.relatedAdjusted = plus(m.relatedAdjusted, line.adjusted());
            }
            m.byGroup.merge(customer.key(), new OnColumns(line.reported(), line.adjusted()), OnColumns::plus);
        }
        months.forEach((month, m) -> {
            revenueSpan.put(month, m.span);
            revenue.put(month, new ViewAmounts(m.reported, m.cash, m.adjusted));
            nonCash.put(month, new OnColumns(m.nonCashReported, m.nonCashAdjusted));
            if (m.relatedReported != null) {
                related.put(month, new OnColumns(m.relatedReported, m.relatedAdjusted));
            }
            byGroup.put(month, m.byGroup);
        });

        this.unnamed = pseudo;
        this.unnamedExample = example;
        this.longestSpan = ledger.longestRevenueSpan();
        this.hasCosts = !ledger.costs().isEmpty();
        for (CostEntry c : ledger.costs()) {
            for (YearMonth m : c.span().monthList()) {
                costCovered.computeIfAbsent(m, x -> java.util.EnumSet.noneOf(CostCategory.class)).add(c.category());
            }
            costStart.merge(c.month(), c.span().first(), (a, b) -> a.isBefore(b) ? a : b);
            costs.computeIfAbsent(c.month(), m -> new EnumMap<>(CostCategory.class))
                    .merge(c.category(), PaidWith.of(c.paidWith(), c.amount().amount()), PaidWith::plus);
        }
        this.hasCustomers = !ledger.customers().isEmpty();
        for (CustomerCount c : ledger.customers()) {
            customers.merge(c.month(), new Customers(c.active(), c.added(), c.churned()), Customers::plus);
        }
        this.hasCash = !ledger.cash().isEmpty();
        for (Commitment c : ledger.commitments()) {
            if (c.status() != Status.BINDING || c.isCapacity()) {
                continue;
            }
            for (CommitmentYear y : CommitmentSchedule.expand(c, null)) {
                // The runway note adds these: another currency is refused like any other amount, never left out.
                Money.requireCurrency(y.amount(), y.source(), currency, "the metrics are");
                commitmentsByYear.merge(y.year(), y.amount().amount(), BigDecimal::add);
            }
        }
        for (CashBalance b : ledger.cash()) {
            cash.put(b.month(), b.cash().amount()); // a balance is a point in time: a later row for the month wins
        }
        this.funding = ledger.funding();
    }

    /**
     * A name as invoiced, read once: customers of one group are one customer (ASC 280-10-50-42), keyed by
     * the Parties group, else by the normalised name; related when the group is an investor or affiliate.
     */
    private record Customer(String key, String displayName, boolean related) {
        static Customer of(PartyRegister parties, String name) {
            Optional<PartyRegister.Group> group = parties.groupOf(name);
            return group.map(g -> new Customer("group:" + g.name(), g.name(), g.isRelated()))
                    .orElseGet(() -> new Customer("name:" + CounterpartyNames.normalise(name), name, false));
        }
    }

    // ---- revenue ----

    /** Revenue in the months on a column: Reported, or Adjusted (third-party cash). */
    BigDecimal revenue(List<YearMonth> months, Column column) {
        return sum(revenue, months, column == Column.REPORTED ? ViewAmounts::reported : ViewAmounts::adjusted);
    }

    /** Revenue received in cash on a column: the Cash view for Reported, the Adjusted view for Adjusted. */
    BigDecimal cashRevenue(List<YearMonth> months, Column column) {
        return sum(revenue, months, column == Column.REPORTED ? ViewAmounts::cash : ViewAmounts::adjusted);
    }

    BigDecimal nonCash(List<YearMonth> months, Column column) {
        return sum(nonCash, months, a -> a.on(column));
    }

    BigDecimal related(List<YearMonth> months, Column column) {
        return sum(related, months, a -> a.on(column));
    }

    boolean hasParties() {
        return hasParties;
    }

    /** The months covered by the revenue figure(s) ending in {@code month}: 1, 3 for a quarter's, 12 for a year's; 1 when none. */
    int revenueSpan(YearMonth month) {
        return revenueSpan.getOrDefault(month, 1);
    }

    boolean hasForecast(List<YearMonth> months) {
        return months.stream().anyMatch(forecastMonths::contains);
    }

    /**
     * Why customer metrics cannot be computed: revenue given by P&L line has no customers, only the line's
     * name (a pseudo-customer such as "(Revenue)"). Empty when every entry names a customer.
     */
    Optional<String> noCustomers() {
        if (unnamed == 0) {
            return Optional.empty();
        }
        return Optional.of("revenue comes from P&L lines such as '" + unnamedExample + "', not from customers, so there is no customer to measure"
                + " (import a revenue ledger with a customer per entry)");
    }

    /** Revenue per customer group over the months on a column, by group key. */
    Map<String, BigDecimal> revenueByGroup(List<YearMonth> months, Column column) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (YearMonth m : months) {
            byGroup.getOrDefault(m, Map.of()).forEach((key, g) -> out.merge(key, g.on(column), BigDecimal::add));
        }
        return out;
    }

    String groupName(String key) {
        return groupNames.getOrDefault(key, key);
    }

    private static <T> BigDecimal sum(Map<YearMonth, T> map, List<YearMonth> months, Function<T, BigDecimal> figure) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : months) {
            T values = map.get(m);
            if (values != null) {
                total = total.add(figure.apply(values));
            }
        }
        return total;
    }

    // ---- costs ----

    /** Why the months' costs cannot be read, if they cannot: no Costs sheet, or a month without rows. */
    Optional<String> costsMissing(List<YearMonth> months) {
        if (!hasCosts) {
            return Optional.of("the Costs sheet is missing or empty");
        }
        Optional<String> none = months.stream().filter(m -> !costCovered.containsKey(m)).findFirst().map(m -> "Costs has no rows for " + m);
        if (none.isPresent()) {
            return none;
        }
        // A quarter's or year's cost cannot be split into the months of a shorter period.
        YearMonth from = months.get(0);
        return months.stream().filter(m -> costStart.containsKey(m) && costStart.get(m).isBefore(from)).findFirst()
                .map(m -> "costs are given for " + costStart.get(m) + " .. " + m + ", longer than " + from + " .. " + months.get(months.size() - 1)
                        + "; measure by a period that holds whole cost periods (--by quarter or --by year)");
    }

    /**
     * The category's cost over the months, however paid; or why not: the costs are missing, or some month
     * has no row of this category (a missing row is not a zero cost).
     */
    MetricValue cost(List<YearMonth> months, CostCategory category) {
        Optional<String> missing = costsMissing(months);
        if (missing.isPresent()) {
            return MetricValue.unavailable(missing.get());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : months) {
            if (!costCovered.get(m).contains(category)) {
                return MetricValue.unavailable("Costs has no " + category.label() + " rows for " + m);
            }
            PaidWith paid = costs.getOrDefault(m, Map.of()).get(category);
            if (paid != null) {
                total = total.add(paid.cash()).add(paid.credits());
            }
        }
        return MetricValue.of(total);
    }

    /** Cost of a category paid with cloud credits, over months whose costs {@link #cost} found complete. */
    BigDecimal creditPaid(List<YearMonth> months, CostCategory category) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : months) {
            PaidWith paid = costs.getOrDefault(m, Map.of()).get(category);
            if (paid != null) {
                total = total.add(paid.credits());
            }
        }
        return total;
    }

    /** Every cost paid in cash over the months: the cash out of net burn; or why it cannot be read. */
    MetricValue cashOut(List<YearMonth> months) {
        Optional<String> missing = costsMissing(months);
        if (missing.isPresent()) {
            return MetricValue.unavailable(missing.get());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : months) {
            for (PaidWith paid : costs.getOrDefault(m, Map.of()).values()) {
                total = total.add(paid.cash());
            }
        }
        return MetricValue.of(total);
    }

    // ---- customers, cash, funding ----

    /** A Customers column summed over the months, or why not: no sheet, or a month without a row. */
    MetricValue customers(List<YearMonth> months, ToLongFunction<Customers> column) {
        if (!hasCustomers) {
            return MetricValue.unavailable("the Customers sheet is missing or empty");
        }
        long total = 0;
        for (YearMonth m : months) {
            Customers counts = customers.get(m);
            if (counts == null) {
                return MetricValue.unavailable("Customers has no row for " + m);
            }
            total += column.applyAsLong(counts);
        }
        return MetricValue.of(BigDecimal.valueOf(total));
    }

    /** Cash on hand at the end of the month (Cash sheet), or why not. */
    MetricValue cashBalance(YearMonth month) {
        if (!hasCash) {
            return MetricValue.unavailable("the Cash sheet is missing or empty");
        }
        BigDecimal balance = cash.get(month);
        return balance == null ? MetricValue.unavailable("Cash has no row for " + month) : MetricValue.of(balance);
    }

    /**
     * Binding commitments falling due in the {@code months} months after {@code after}, each year's spent
     * evenly through it (a twelfth a month), as coverage counts them (docs/methodology.md, "Commitment coverage").
     */
    Money commitmentsDue(YearMonth after, int months) {
        BigDecimal due = BigDecimal.ZERO;
        for (int i = 1; i <= months; i++) {
            BigDecimal year = commitmentsByYear.get(after.plusMonths(i).getYear());
            if (year != null) {
                due = due.add(year.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
            }
        }
        return new Money(due, currency);
    }

    boolean hasFunding() {
        return !funding.isEmpty();
    }

    Collection<FundingEntry> funding() {
        return funding;
    }

    /**
     * The one currency of every amount the metrics add. Reports refuse to mix currencies
     * (docs/methodology.md): the first amount in another currency is named by its cell.
     */
    private static String currencyOf(Ledger ledger) {
        java.util.Optional<String> revenue = ledger.oneRevenueCurrency();
        if (revenue.isPresent()) { // the first amount is revenue, and all of it is in that currency: the rest is checked
            String currency = revenue.get();
            ledger.costs().forEach(e -> Money.requireCurrency(e.amount(), e.source(), currency, "the metrics are"));
            ledger.cash().forEach(e -> Money.requireCurrency(e.cash(), e.source(), currency, "the metrics are"));
            ledger.funding().forEach(e -> Money.requireCurrency(e.amount(), e.source(), currency, "the metrics are"));
            return currency;
        }
        List<Money> amounts = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        ledger.revenue().forEach(e -> {
            amounts.add(e.amount());
            sources.add(e.source());
        });
        ledger.costs().forEach(e -> {
            amounts.add(e.amount());
            sources.add(e.source());
        });
        ledger.cash().forEach(e -> {
            amounts.add(e.cash());
            sources.add(e.source());
        });
        ledger.funding().forEach(e -> {
            amounts.add(e.amount());
            sources.add(e.source());
        });
        if (amounts.isEmpty()) {
            return Money.USD;
        }
        String currency = amounts.get(0).currency();
        for (int i = 1; i < amounts.size(); i++) {
            Money.requireCurrency(amounts.get(i), sources.get(i), currency, "the metrics are");
        }
        return currency;
    }
}
