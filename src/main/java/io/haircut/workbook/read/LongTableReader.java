package io.haircut.workbook.read;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.Inspection;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Dates;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.LongCandidates;
import io.haircut.workbook.detect.Plans;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.detect.Plans.LongPlan;
import io.haircut.workbook.mapping.AmountColumns;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ExportDefaults;
import io.haircut.workbook.mapping.Field;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.InvoiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a long table (one record per row) row by row: each row becomes one entry that remembers its
 * cell. Rows that are not records are recognised and reported, never imported: a total row ("Total",
 * "Grand total") is checked against the sum of the amounts above it; a note row (one text cell, e.g.
 * "Source: billing system") and a repeated header row are skipped with a note.
 */
public final class LongTableReader implements TableReader {

    private static final Pattern TOTAL = Pattern.compile("(grand )?totals?( revenue| amount| sales| costs?| funding| commitments?)?|sum|sub ?total");
    private static final int SEEN_VALUES = 40;
    private static final int TOTAL_WORDS_KEPT = 4_096;

    private final SheetInfo info;
    /** Not final: a later date that settles day-first or month-first order replaces the plan's order. */
    private LongPlan plan;
    private final ImportMapping mapping;
    private final LedgerBuilder builder;
    private final Problems problems;
    private final String id;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Boolean> totalWords = new HashMap<>();
    private final Map<String, Set<String>> valuesSeen = new LinkedHashMap<>();
    private int records;
    private final RowWindow window;
    private BigDecimal running = BigDecimal.ZERO;
    private int runningFrom = -1;
    private int totalsOk;
    private final List<Integer> totalRows = new ArrayList<>();
    private final List<Integer> skipped = new ArrayList<>();

    private final RowFields.Shared shared;
    private final List<Integer> choiceColumns = new ArrayList<>();
    /** A revenue export's status column (-1 if none): void, failed, ... rows are left out ({@link InvoiceStatus}). */
    private int statusColumn = -1;
    private final List<Integer> notBilledRows = new ArrayList<>();
    private final Map<String, Integer> notBilledByStatus = new LinkedHashMap<>();
    private final Map<String, BigDecimal> notBilledTotal = new LinkedHashMap<>();
    private final List<Set<String>> choiceSeen = new ArrayList<>();
    /** A revenue export's amount column and the discount and tax columns beside it, kept as attributes, never netted in. */
    private ColumnUse amountColumn;
    private ColumnUse discountColumn;
    private ColumnUse taxColumn;
    private final Map<String, BigDecimal> taxTotal = new LinkedHashMap<>();

    /**
     * @param id how messages name this table ("billing.csv", "pnl.xlsx!Data (columns A..F)")
     * @param blocked true when the plan has an error (a missing column): rows are counted for the range, not read
     */
    public LongTableReader(SheetInfo info, LongPlan plan, ImportMapping mapping, LedgerBuilder builder, boolean skipHidden, Problems problems,
            String id, boolean blocked) {
        this.info = info;
        this.plan = plan;
        this.mapping = mapping;
        this.builder = builder;
        this.problems = problems;
        this.id = id;
        this.shared = new RowFields.Shared(plan);
        for (ColumnUse c : plan.columns()) {
            if (c.use() == Plans.Use.FIELD && (c.field().type() == Field.Type.CHOICE || c.field().type() == Field.Type.CHANNEL)) {
                choiceColumns.add(c.column());
                choiceSeen.add(valuesSeen.computeIfAbsent(c.field().key(), k -> new LinkedHashSet<>()));
            }
        }
        for (ColumnUse c : plan.columns()) {
            if (plan.table() != CanonicalTable.REVENUE) {
                continue;
            }
            if (statusColumn < 0 && c.use() == Plans.Use.EXTRA && InvoiceStatus.isStatusHeader(c.header())) {
                statusColumn = c.column();
            }
            if (c.use() == Plans.Use.FIELD && c.field().key().equals("amount")) {
                amountColumn = c;
            }
            if (discountColumn == null && c.use() == Plans.Use.EXTRA && AmountColumns.isDiscount(c.header())) {
                discountColumn = c;
            }
            if (taxColumn == null && c.use() == Plans.Use.EXTRA && AmountColumns.isTax(c.header())) {
                taxColumn = c;
            }
        }
        this.dateColumn = plan.columns().stream().filter(c -> c.use() == Plans.Use.FIELD && c.field().type() == Field.Type.DATE)
                .findFirst().orElse(null);
        this.window = new RowWindow(plan.headerRow(), plan.firstColumn(), plan.lastColumn(), skipHidden, blocked);
        builder.tableRead();
        if (plan.table() == CanonicalTable.REVENUE) {
            builder.startRevenueTable(id);
        }
        if (plan.table() == CanonicalTable.COSTS) {
            builder.costTableSeen(id);
        }
    }

    public Map<String, Set<String>> valuesSeen() {
        return valuesSeen;
    }

    public LongPlan plan() {
        return plan;
    }

    public String sheet() {
        return info.sheet();
    }

    /** Rows held while every slash date so far reads both ways ("08/11/16"), with their admitted cells; replayed once a date settles it. */
    private final List<Map.Entry<TableRow, List<RawCell>>> pending = new ArrayList<>();
    /** The column of the table's first date field, whose slash dates settle the order (null when it has none). */
    private final ColumnUse dateColumn;
    private static final int MAX_PENDING = 200_000;

    @Override
    public void row(TableRow row) {
        List<RawCell> cells = window.admit(row);
        if (cells == null) {
            return;
        }
        if (holds(row, cells)) {
            return;
        }
        process(row, cells);
    }

    /**
     * When the plan knows no date order, a row whose date reads both ways is held, and so is every row after
     * it, until a date in the column settles the order (22/10/15 is day first); the held rows are then read
     * in order. Dates that never settle it are refused at the first such cell in {@link #end}, never guessed.
     */
    private boolean holds(TableRow row, List<RawCell> cells) {
        if (plan.dateOrder() != null || dateColumn == null) {
            return false;
        }
        ColumnUse date = dateColumn;
        RawCell cell = row.cell(date.column());
        DateOrder settles = cell == null ? null : Dates.evidence(cell);
        if (settles != null) {
            plan = new LongPlan(plan.table(), plan.headerRow(), plan.firstColumn(), plan.lastColumn(), plan.columns(), plan.scale(),
                    plan.currency(), settles, SourceRef.columnLetters(date.column()) + row.row() + " '" + cell.text().trim() + "'",
                    plan.decimalComma(), plan.missing(), plan.found(), plan.detectedBy());
            List<Map.Entry<TableRow, List<RawCell>>> held = new ArrayList<>(pending);
            pending.clear();
            held.forEach(e -> process(e.getKey(), e.getValue()));
            return false;
        }
        if (pending.isEmpty() && !(cell != null && Dates.parse(cell, null) instanceof Dates.Ambiguous)) {
            return false;
        }
        if (pending.size() >= MAX_PENDING) {
            return false; // read now: its date is refused by RowFields with the cell, as no date so far settled the order
        }
        pending.add(Map.entry(row, cells));
        return true;
    }

    private void process(TableRow row, List<RawCell> cells) {
        if (repeatsHeader(cells)) {
            notes.add("row " + row.row() + " repeats the header; skipped");
            skipped.add(row.row());
            return;
        }
        if (isTotal(row, cells)) {
            checkTotal(row);
            totalRows.add(row.row());
            return;
        }
        if (cells.size() == 1 && cells.get(0).kind() == RawCell.Kind.TEXT && requiredCount() > 1) {
            notes.add("row " + row.row() + " has one text cell ('" + RawCell.shorten(cells.get(0).text().trim()) + "'): read as a note, not an entry");
            skipped.add(row.row());
            return;
        }
        seeValues(row);
        try {
            RowFields fields = new RowFields(row, plan, mapping, info.file(), info.sheet(), shared);
            if (notBilled(row, fields)) {
                return;
            }
            checkDiscount(row);
            read(fields);
            addTax(row, fields);
            records++;
            if (runningFrom < 0) {
                runningFrom = row.row();
            }
        } catch (ImportException e) {
            problems.add(e);
        }
    }

    /** A void, failed, ... row of a revenue export: counted and totalled for the note, never an entry. */
    private boolean notBilled(TableRow row, RowFields fields) {
        RawCell cell = statusColumn < 0 ? null : row.cell(statusColumn);
        java.util.Optional<String> status = cell == null ? java.util.Optional.empty() : InvoiceStatus.notBilled(cell.text());
        if (status.isEmpty()) {
            return false;
        }
        notBilledRows.add(row.row());
        notBilledByStatus.merge(status.get(), 1, Integer::sum);
        // A voided row's amount may be blank; it is then counted, not totalled.
        if (fields.has("Amount")) {
            notBilledTotal.merge(fields.currency("Currency"), fields.amount("Amount"), BigDecimal::add);
        }
        return true;
    }

    /**
     * A non-zero discount beside an amount that may be a list price ("Amount", not "Sales" or "Amount Billed"):
     * revenue is after discounts (ASC 606-10-32-2, the transaction price), and haircut cannot tell which side
     * of the discount the amount is, so the row is refused rather than guessed. A column the mapping names is taken as it is.
     */
    private void checkDiscount(TableRow row) {
        if (discountColumn == null || amountColumn == null || "the mapping".equals(amountColumn.why())
                || !AmountColumns.mayBeBeforeDiscount(amountColumn.header())) {
            return;
        }
        RawCell cell = row.cell(discountColumn.column());
        if (cell == null || cell.isBlank() || !(Numbers.parse(cell, plan.decimalComma()) instanceof Numbers.Value v) || v.value().signum() == 0) {
            return;
        }
        throw new ImportException(new SourceRef(info.file(), info.sheet(), row.row(), discountColumn.column()) + ": a discount of '"
                + cell.text().trim() + "' beside column " + SourceRef.columnLetters(amountColumn.column()) + " '" + amountColumn.header().trim()
                + "', and haircut cannot tell whether that amount is before or after the discount (revenue is after it); name a net amount "
                + "column in a mapping file, or, if '" + amountColumn.header().trim() + "' is after the discount, columns: { revenue: { '"
                + amountColumn.header().trim() + "': amount } }");
    }

    /** The tax beside each imported amount, totalled per currency for the note that says it was not counted. */
    private void addTax(TableRow row, RowFields fields) {
        RawCell cell = taxColumn == null ? null : row.cell(taxColumn.column());
        if (cell != null && !cell.isBlank() && Numbers.parse(cell, plan.decimalComma()) instanceof Numbers.Value v) {
            Plans.Scale scale = taxColumn.scale() != null ? taxColumn.scale() : plan.scale();
            taxTotal.merge(fields.currency("Currency"), v.ownUnit() ? v.value() : v.value().multiply(scale.factor()), BigDecimal::add);
        }
    }

    private boolean repeatsHeader(List<RawCell> cells) {
        if (cells.size() != plan.found().size() || cells.size() < 2) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).text().trim().equals(plan.found().get(i))) {
                return false;
            }
        }
        return true;
    }

    private int requiredCount() {
        return (int) Dictionary.fields(plan.table()).stream().filter(Field::required).count();
    }

    private void read(RowFields f) {
        switch (plan.table()) {
            case REVENUE -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                f.optionalText("Invoice").ifPresent(v -> attributes.put("invoice", v));
                f.optionalText("Product").ifPresent(v -> attributes.put("product", builder.intern(v)));
                for (ColumnUse c : plan.columns()) {
                    if (c.use() == Plans.Use.EXTRA) {
                        f.extraText(c.column()).ifPresent(v -> attributes.put(builder.intern(CanonicalTable.normalisedHeader(c.header())), v));
                    }
                }
                BigDecimal amount = f.amount("Amount");
                running = running.add(amount);
                builder.revenue(id, new RevenueEntry(builder.intern(f.date("Date")), builder.intern(f.text("Customer")), builder.intern(f.channel("Channel")),
                        f.choice("Settlement", Settlement.class), new Money(amount, builder.intern(f.currency("Currency"))), attributes, f.ref("Amount")));
            }
            case COSTS -> {
                BigDecimal amount = f.amount("Amount");
                running = running.add(amount);
                builder.cost(id, new CostEntry(f.month("Month"), f.choice("Category", CostCategory.class),
                        new Money(amount, f.currency("Currency")), f.choice("Paid With", Settlement.class), f.ref("Amount")));
            }
            case CUSTOMERS -> builder.customers(new CustomerCount(f.month("Month"), f.count("Active"), f.count("New"),
                    f.count("Churned"), f.ref("Active")));
            case FUNDING -> {
                BigDecimal amount = f.amount("Amount");
                running = running.add(amount);
                builder.funding(new FundingEntry(f.date("Date"), builder.intern(f.text("Investor")), new Money(amount, f.currency("Currency")),
                        f.choice("Form", Settlement.class), f.choice("Status", Status.class), f.ref("Amount")));
            }
            case COMMITMENTS -> {
                // One year, a total over a term, or capacity in GW (CommitmentRows); capacity has no amount yet.
                Commitment c = CommitmentRows.commitment(f, builder.intern(f.text("Vendor")));
                if (c.amount() != null) {
                    running = running.add(c.amount().amount());
                }
                builder.commitment(c);
            }
            case PARTIES -> builder.party(new Party(f.text("Name"), f.text("Group"), f.choice("Relationship", Relationship.class), f.ref("Name")));
            case CASH -> {
                String currency = f.currency("Currency");
                builder.cash(new CashBalance(f.month("Month"), new Money(f.amount("Cash Balance"), currency),
                        new Money(f.amount("Unused Credits"), currency), f.ref("Cash Balance")));
            }
        }
    }

    /** A "Total" row: a total word in a text cell where the row's first key column has no value of its type. */
    private boolean isTotal(TableRow row, List<RawCell> cells) {
        boolean word = false;
        for (RawCell c : cells) { // every row of a million: a loop, and the normalisation only after a cheap look
            if (c.kind() == RawCell.Kind.TEXT && maybeTotal(c.text()) && isTotalWord(c.text())) {
                word = true;
                break;
            }
        }
        if (!word) {
            return false;
        }
        for (ColumnUse c : plan.columns()) {
            if (c.use() == Plans.Use.FIELD && c.field().required() && c.field().type() != Field.Type.AMOUNT && c.field().type() != Field.Type.COUNT) {
                RawCell key = row.cell(c.column());
                if (key != null && !TOTAL.matcher(Dictionary.key(key.text())).matches() && LongCandidates.fits(key, c.field(), plan.decimalComma())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a label says total; the answers for the first few thousand labels are kept (a column repeats them). */
    private boolean isTotalWord(String text) {
        Boolean known = totalWords.get(text);
        if (known == null) {
            known = TOTAL.matcher(Dictionary.key(text)).matches();
            if (totalWords.size() < TOTAL_WORDS_KEPT) {
                totalWords.put(text, known);
            }
        }
        return known;
    }

    /** A cheap first look, so a million ordinary rows skip the normalisation. */
    private static boolean maybeTotal(String text) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(t.charAt(0));
        return c == 't' || c == 'g' || c == 's';
    }

    private void checkTotal(TableRow row) {
        ColumnUse amount = plan.column("Amount");
        RawCell cell = amount == null ? null : row.cell(amount.column());
        String label = row.cells().stream().filter(c -> c.kind() == RawCell.Kind.TEXT).map(c -> c.text().trim()).findFirst().orElse("Total");
        if (cell == null || !(Numbers.parse(cell, plan.decimalComma()) instanceof Numbers.Value v)) {
            notes.add("row " + row.row() + " '" + label + "' is a total row; skipped");
            return;
        }
        Plans.Scale scale = amount.scale() != null ? amount.scale() : plan.scale();
        BigDecimal total = v.ownUnit() ? v.value() : v.value().multiply(scale.factor());
        BigDecimal tolerance = (v.ownUnit() ? v.resolution() : v.resolution().multiply(scale.factor())).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
        SourceRef at = new SourceRef(info.file(), info.sheet(), row.row(), amount.column());
        String currency = plan.currency() == null ? "USD" : plan.currency();
        String range = runningFrom < 0 ? "none" : SourceRef.columnLetters(amount.column()) + runningFrom + ":" + SourceRef.columnLetters(amount.column()) + (row.row() - 1);
        if (total.subtract(running).abs().compareTo(tolerance) <= 0) {
            totalsOk++;
            notes.add("row " + row.row() + " '" + label + "' is a total: " + LedgerBuilder.money(currency, total) + " agrees with the amounts above (" + range + "); not imported");
        } else {
            builder.warn(at + ": '" + label + "' is " + LedgerBuilder.money(currency, total) + " but the amounts above it (" + range + ") add up to "
                    + LedgerBuilder.money(currency, running) + ", a difference of " + LedgerBuilder.money(currency, total.subtract(running))
                    + "; the total row is not imported");
            notes.add("row " + row.row() + " '" + label + "' is a total that does not agree with the rows above (see warnings); not imported");
        }
        running = BigDecimal.ZERO;
        runningFrom = -1;
    }

    /** The distinct values of choice and channel columns (up to a limit each): what a drafted mapping lists. */
    private void seeValues(TableRow row) {
        for (int i = 0; i < choiceColumns.size(); i++) {
            Set<String> seen = choiceSeen.get(i);
            if (seen.size() < SEEN_VALUES) {
                RawCell cell = row.cell(choiceColumns.get(i));
                if (cell != null) {
                    seen.add(cell.text().trim());
                }
            }
        }
    }

    @Override
    public void end() {
        if (!pending.isEmpty()) {
            // No date in the whole column settled the order: refused at the first date that reads both ways.
            Map.Entry<TableRow, List<RawCell>> first = pending.get(0);
            pending.clear();
            process(first.getKey(), first.getValue());
        }
        if (records == 0 && window.lastRow() == plan.headerRow()) {
            notes.add("no rows under the header");
        }
        // Rows that are not entries are said in the import's output too, never skipped silently.
        if (shared.implied("channel").isPresent() && mapping.defaultValue(plan.table(), "channel").isEmpty() && plan.missing().isEmpty()) {
            builder.note(ExportDefaults.note(id));
        }
        // A header that says "net" needs no word on discounts and tax; any other amount beside them is stated.
        if (amountColumn != null && (taxColumn != null || discountColumn != null) && AmountColumns.rank(amountColumn.header()) != 0) {
            String said = "revenue is column " + SourceRef.columnLetters(amountColumn.column()) + " '" + amountColumn.header().trim() + "'"
                    + (discountColumn == null ? "" : ", after discounts (column " + SourceRef.columnLetters(discountColumn.column()) + " '"
                            + discountColumn.header().trim() + "' kept with each entry, not subtracted again)")
                    + (taxColumn == null ? "" : ", net of tax (column " + SourceRef.columnLetters(taxColumn.column()) + " '" + taxColumn.header().trim()
                            + "', " + (taxTotal.isEmpty() ? "nothing" : String.join(" + ", taxTotal.entrySet().stream()
                                    .map(t -> LedgerBuilder.money(t.getKey(), t.getValue())).toList()))
                            + " on the imported rows, kept with each entry, not added: ASC 606-10-32-2)");
            builder.note(id + ": " + said);
            notes.add(said);
        }
        if (!notBilledRows.isEmpty()) {
            List<String> statuses = new ArrayList<>();
            notBilledByStatus.forEach((k, n) -> statuses.add(k + " " + n));
            List<String> totals = new ArrayList<>();
            notBilledTotal.forEach((c, t) -> totals.add(LedgerBuilder.money(c, t)));
            String said = notBilledRows.size() + " row" + (notBilledRows.size() == 1 ? "" : "s") + " not imported for their status ("
                    + String.join(", ", statuses) + "; " + rows(notBilledRows) + "), totalling " + (totals.isEmpty() ? "nothing" : String.join(" + ", totals))
                    + ": a void, cancelled, refunded, failed, deleted or draft invoice is not revenue";
            builder.note(id + ": " + said);
            notes.add(said);
        }
        if (!totalRows.isEmpty()) {
            builder.note(id + ": " + totalRows.size() + " total row" + (totalRows.size() == 1 ? "" : "s") + " checked and not imported ("
                    + rows(totalRows) + ")");
        }
        if (!skipped.isEmpty()) {
            builder.note(id + ": " + skipped.size() + " row" + (skipped.size() == 1 ? "" : "s") + " read as notes or repeated headers, not entries ("
                    + rows(skipped) + ")");
        }
    }

    @Override
    public Inspection.TableReport report() {
        List<Inspection.ColumnReport> columns = new ArrayList<>();
        for (ColumnUse c : plan.columns()) {
            String use = switch (c.use()) {
                case FIELD -> "-> " + c.field().key();
                case EXTRA -> "extra";
                case IGNORED -> "ignored";
            };
            String type = c.field() == null ? "" : c.field().type().describe();
            if (c.field() != null && c.field().type() == Field.Type.AMOUNT && c.scale() != null) {
                type += ", " + c.scale().describe();
            }
            String note = (c.why() == null ? "" : c.why()) + (c.hidden() ? (c.why() == null || c.why().isEmpty() ? "" : "; ") + "hidden column" : "");
            columns.add(new Inspection.ColumnReport(SourceRef.columnLetters(c.column()), c.header(), use, type, note));
        }
        for (String m : plan.missing()) {
            columns.add(new Inspection.ColumnReport("-", "(none)", "-> " + Dictionary.key(m).replace(' ', '-'), "", "missing: no header names it"));
        }
        for (Field f : Dictionary.fields(plan.table())) {
            if (plan.column(f.column()) == null) {
                java.util.Optional<String> d = mapping.defaultValue(plan.table(), f.key());
                if (d.isPresent()) {
                    columns.add(new Inspection.ColumnReport("-", "(default)", "-> " + f.key(), f.type().describe(), "'" + d.get() + "' from the mapping's defaults"));
                } else {
                    shared.implied(f.key()).ifPresent(v -> columns.add(new Inspection.ColumnReport("-", "(implied)", "-> " + f.key(),
                            f.type().describe(), "'" + v + "': an export with no channel or settlement column")));
                }
            }
        }
        List<String> conventions = new ArrayList<>();
        if (plan.decimalComma()) {
            conventions.add("decimal comma (1.234,56)");
        }
        if (plan.dateOrder() != null) {
            conventions.add("dates " + plan.dateOrder().label() + " (" + (plan.dateOrderSource() == null ? "" : "from " + plan.dateOrderSource()) + ")");
        }
        if (plan.currency() != null) {
            conventions.add("currency " + plan.currency() + " unless a Currency column says otherwise");
        }
        List<String> notesOut = new ArrayList<>(notes);
        window.hiddenRowsNote().ifPresent(n -> notesOut.add(0, n));
        String range = window.range();
        String read = String.format(java.util.Locale.ROOT, "%,d %s", records, records == 1 ? "row" : "rows");
        return new Inspection.TableReport(plan.describe(), plan.detectedBy(), plan.headerRow(), range, plan.scale().describe(),
                String.join("; ", conventions), columns, List.of(), read, notesOut, problems.list());
    }

    static String rows(List<Integer> rows) {
        StringBuilder out = new StringBuilder("row");
        out.append(rows.size() == 1 ? " " : "s ");
        for (int i = 0; i < rows.size() && i < 8; i++) {
            out.append(i == 0 ? "" : ", ").append(rows.get(i));
        }
        if (rows.size() > 8) {
            out.append(", ...");
        }
        return out.toString();
    }
}
