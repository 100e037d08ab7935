package io.haircut.workbook.read;

import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.Money;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.Inspection;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.PeriodColumn;
import io.haircut.workbook.detect.Plans.WideKind;
import io.haircut.workbook.detect.Plans.WidePlan;
import io.haircut.workbook.detect.ScenarioBlocks;
import io.haircut.workbook.detect.WideCandidates;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.Dictionary.LineKind;
import io.haircut.workbook.mapping.Dictionary.Section;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.LineClassifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a wide table (line items down, periods across) into the long model: revenue lines become
 * revenue figures per period, cost lines costs by category per month, KPI lines customer counts and
 * cash balances, and (for a commitments table) each vendor's line its yearly commitments.
 *
 * <p>Totals are recognised and checked, never imported: a "Total ..." row against the lines since the
 * last heading or total; "Gross profit" against revenue less cost of revenue; "EBITDA" / "Operating
 * income" against gross profit less operating expenses; a total column ("FY2025", "Total") against the
 * period columns it covers. A check passes when the difference is within the rounding of the cells
 * involved (half a unit of each cell's last stored digit); a failure is reported with both figures and
 * the cells. Lines haircut has no use for (D&A, interest, tax, ratios, unknown names) are listed with
 * the reason, and cells marked as missing ("—", "n/a") are reported, never read as 0.
 *
 * <p>A sheet may stack tables: under the line items, a row of other periods (the next year, a KPI block)
 * heads the next table ({@link #stackedBelow}); this one ends there, so its totals are checked within it.
 */
public final class WideTableReader implements TableReader {

    /** One cell's figure after scaling, with the half-unit rounding it may carry. */
    record Figure(BigDecimal value, BigDecimal resolution, SourceRef source) {
    }

    /** A line's figures by period column index. */
    /** A sum of figures per period column and how exactly it is known (the sum of their resolutions), for the checks of totals. */
    private record Sum(BigDecimal value, BigDecimal resolution) {
        static final Sum ZERO = new Sum(BigDecimal.ZERO, BigDecimal.ZERO);

        static Sum of(Figure f) {
            return new Sum(f.value(), f.resolution());
        }

        Sum plus(Sum other) {
            return new Sum(value.add(other.value), resolution.add(other.resolution));
        }
    }

    /**
     * What the drafted mapping says of one line: its value ("revenue", "~"), a comment, and whether the whole
     * line is written as a comment (a choice haircut made that the analyst may reverse).
     */
    public record DraftLine(String value, String comment, boolean commented) {
    }

    record LineFigures(String label, int row, int labelColumn, LineKind kind, Map<Integer, Figure> figures) {

        /** "B9:D9": the cells the line's figures are in. */
        String cells() {
            List<SourceRef> at = figures.values().stream().map(Figure::source).toList();
            return at.isEmpty() ? "" : at.size() == 1 ? at.get(0).cell() : at.get(0).cell() + ":" + at.get(at.size() - 1).cell();
        }
    }

    private final SheetInfo info;
    private final WidePlan plan;
    private final ImportMapping mapping;
    private final LedgerBuilder builder;
    private final boolean skipHidden;
    private final Problems problems;
    private final String id;
    private final String currency;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, DraftLine> draft = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<LineFigures> group = new ArrayList<>();
    private final List<LedgerBuilder.WideCost> costs = new ArrayList<>();
    private final Map<Integer, Sum> revenue = new LinkedHashMap<>();
    private final Map<Integer, Sum> costOfRevenue = new LinkedHashMap<>();
    private final Map<Integer, Sum> operating = new LinkedHashMap<>();
    private final Map<Integer, Sum> grossProfit = new LinkedHashMap<>();
    private final Map<String, Integer> ignoredLines = new LinkedHashMap<>();
    private final List<String> unknownLines = new ArrayList<>();
    private Section section = Section.NONE;
    private final RowWindow window;
    private final RevenueLines revenueLines;
    private final ScenarioBlocks scenarios;
    /** Rows since the last line with figures, for a table stacked below to read its title and units from. */
    private final List<TableRow> between = new ArrayList<>();
    private int lastFigures;
    private int imported;
    private int checksOk;
    private int checksFailed;

    public WideTableReader(SheetInfo info, WidePlan plan, ImportMapping mapping, LedgerBuilder builder, boolean skipHidden, Problems problems,
            String id, boolean blocked, ScenarioBlocks scenarios) {
        this.info = info;
        this.plan = plan;
        this.mapping = mapping;
        this.builder = builder;
        this.skipHidden = skipHidden;
        this.problems = problems;
        this.id = id;
        this.currency = plan.currency() == null ? "USD" : plan.currency();
        this.window = new RowWindow(plan.headerRow(), plan.firstColumn(), plan.lastColumn(), skipHidden, blocked);
        this.revenueLines = new RevenueLines(plan.statement());
        this.scenarios = scenarios;
        builder.tableRead();
        PeriodNotes.skipped(plan, builder.includeForecast()).ifPresent(n -> {
            notes.add(n);
            builder.note(id + ": " + n);
        });
    }

    /** Whether a period column's figures are imported: not a budget, variance or overlapped duration, and a forecast only when asked. */
    private boolean reads(PeriodColumn p) {
        return p.skip() == null && (!p.forecast() || builder.includeForecast());
    }

    /**
     * The table stacked below this one when {@code row} heads it (a row of other periods under this table's
     * line items); empty otherwise. Asked before the row is read.
     */
    public Optional<WideCandidates.Stacked> stackedBelow(TableRow row) {
        if (lastFigures == 0 || row.row() <= plan.headerRow()) {
            return Optional.empty();
        }
        return WideCandidates.stackedBelow(info, plan, between, lastFigures, row, mapping);
    }

    @Override
    public void row(TableRow row) {
        rememberRowsBetween(row);
        if (scenarios.skips(row)) {
            return;
        }
        List<RawCell> cells = window.admit(row);
        if (cells == null) {
            return;
        }
        RawCell labelCell = cells.stream().filter(c -> c.column() <= plan.labelLast() && c.kind() == RawCell.Kind.TEXT).findFirst().orElse(null);
        String label = labelCell == null ? null : labelCell.text().trim();
        String unit = LineClassifier.unit(cells.stream().filter(c -> c.column() <= plan.labelLast()).toList(), labelCell);
        RowFigures read = figures(row);
        if (read.periods() >= 2) {
            notes.add("row " + row.row() + " repeats the period headers; skipped");
            return;
        }
        if (read.figures().isEmpty() && read.bad().isEmpty() && read.percents() == 0) {
            noFigures(row, label);
            return;
        }
        if (label == null) {
            notes.add("row " + row.row() + " has figures but no line name in " + columns() + "; ignored");
            return;
        }
        ImportMapping.LineRule rule = mapping.lines().get(Dictionary.key(label));
        Dictionary.Line line = line(label, unit, rule, read);
        LineFigures lf = new LineFigures(label, row.row(), labelCell.column(), line.kind(), read.figures());
        if (draftValue(line) != null && line.kind() != LineKind.IGNORE) {
            drafted(label, draftValue(line), rule != null ? "from the mapping" : line.kind() == LineKind.UNKNOWN
                    ? "UNKNOWN: write revenue, { kind: cost, category: ... }, active, new, churned, cash-balance, unused-credits, or ignore" : "");
        }
        if (!read.bad().isEmpty()) {
            unreadable(at(row.row(), labelCell) + " '" + label + "': " + String.join("; ", read.bad()), line.kind());
        }
        checkTotalColumns(lf);
        take(row, unit, rule, line, lf);
    }

    /** What one row holds in the table's period columns. */
    private record RowFigures(Map<Integer, Figure> figures, List<String> bad, int percents, int periods) {
    }

    /** Keeps the rows since the last row of figures, for a table stacked below this one. */
    private void rememberRowsBetween(TableRow row) {
        if (row.row() <= plan.headerRow()) {
            return;
        }
        if (WideCandidates.hasFigures(plan, row)) {
            lastFigures = row.row();
            between.clear();
        } else {
            between.add(row);
            if (between.size() > WideCandidates.ROWS_BETWEEN) {
                between.remove(0);
            }
        }
    }

    /** The figures of a row's period columns, the cells that hold none, and how many hold percentages or periods. */
    private RowFigures figures(TableRow row) {
        Map<Integer, Figure> figures = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        int percents = 0;
        int periodsInRow = 0;
        for (int k = 0; k < plan.periods().size(); k++) {
            PeriodColumn p = plan.periods().get(k);
            if (p.hidden() && skipHidden || !reads(p)) {
                continue;
            }
            RawCell cell = row.cell(p.column());
            if (cell == null || cell.isBlank()) {
                continue;
            }
            SourceRef at = new SourceRef(info.file(), info.sheet(), row.row(), p.column());
            if (!(Periods.parse(cell, mapping.fiscalYear()) instanceof Periods.NotAPeriod) && cell.kind() == RawCell.Kind.TEXT) {
                periodsInRow++;
            }
            switch (cell.kind()) {
                case ERROR -> bad.add(at.cell() + " holds the error " + cell.text());
                case FORMULA -> bad.add(at.cell() + " holds a formula (" + RawCell.shorten(cell.text()) + ") saved without its value");
                default -> {
                    Numbers.Parsed n = Numbers.parse(cell, plan.decimalComma());
                    if (n instanceof Numbers.Value v) {
                        BigDecimal factor = v.ownUnit() ? BigDecimal.ONE : plan.scale().factor();
                        figures.put(k, new Figure(v.value().multiply(factor), v.resolution().multiply(factor), at));
                    } else if (n instanceof Numbers.Percent) {
                        percents++;
                    } else if (n instanceof Numbers.Missing m) {
                        missing.add(at.cell() + " '" + m.marker() + "'");
                    } else {
                        bad.add(at.cell() + " holds '" + RawCell.shorten(cell.text().trim()) + "', not a figure");
                    }
                }
            }
        }
        return new RowFigures(figures, bad, percents, periodsInRow);
    }

    /** A row without figures: a section heading, a note, or a line whose periods are all missing marks. */
    private void noFigures(TableRow row, String label) {
        if (label == null) {
            return;
        }
        Section s = Dictionary.section(label);
        if (s != null) {
            section = s;
            group.clear();
            revenueLines.heading();
            lines.add("row " + row.row() + " '" + label + "': heading");
        } else if (!missingOnly(row)) {
            lines.add("row " + row.row() + " '" + RawCell.shorten(label) + "': no figures (a heading or a note)");
            group.clear();
        } else {
            lines.add("row " + row.row() + " '" + label + "': no figures (only missing marks); ignored");
        }
    }

    /** What a line is: the mapping's word, else the dictionary's in the current section; a ratio, driver or commitment whatever it is called. */
    private Dictionary.Line line(String label, String unit, ImportMapping.LineRule rule, RowFigures read) {
        Dictionary.Line line = rule != null ? fromRule(rule) : Dictionary.line(label, section);
        if (read.percents() > 0 && read.figures().isEmpty()) {
            line = new Dictionary.Line(LineKind.RATIO, null, null);
        }
        if (rule == null && unitMayMakeADriver(line.kind()) && LineClassifier.driver(label, unit).isPresent()) {
            line = new Dictionary.Line(LineKind.DRIVER, null, null);
        }
        if (plan.kind() == WideKind.COMMITMENTS && line.kind() != LineKind.TOTAL && line.kind() != LineKind.IGNORE && line.kind() != LineKind.RATIO) {
            line = new Dictionary.Line(LineKind.COMMITMENT, null, null);
        }
        return line;
    }

    /** Cells of a line that hold no figure: a problem when the line is imported, else a note. */
    private void unreadable(String what, LineKind kind) {
        boolean importedKind = switch (kind) {
            case REVENUE, COST, ACTIVE, NEW, CHURNED, CASH_BALANCE, UNUSED_CREDITS, COMMITMENT -> true;
            default -> false;
        };
        if (importedKind) {
            problems.add(new ImportException(what + "; expected figures (an .xlsx formula saved without its value that haircut could not work out: open and save the file in Excel)"));
        } else {
            notes.add(what + " (not imported, so only noted)");
        }
    }

    /** Imports, checks or leaves out one line by its kind. */
    private void take(TableRow row, String unit, ImportMapping.LineRule rule, Dictionary.Line line, LineFigures lf) {
        String label = lf.label();
        String by = rule != null ? " (mapping line " + rule.line() + ")" : "";
        switch (line.kind()) {
            case TOTAL -> total(lf, rule, by);
            case GROSS_PROFIT -> {
                checkComputed(lf, "revenue less cost of revenue", revenue, costOfRevenue);
                grossProfit.clear();
                lf.figures().forEach((k, f) -> grossProfit.put(k, Sum.of(f)));
                lines.add("row " + row.row() + " '" + label + "': gross profit, checked, not imported");
            }
            case OPERATING_RESULT -> {
                checkComputed(lf, "gross profit less operating expenses", grossProfit.isEmpty() ? difference(revenue, costOfRevenue) : grossProfit, operating);
                lines.add("row " + row.row() + " '" + label + "': operating result, checked, not imported");
            }
            case BELOW_OPERATING -> ignored(row.row(), label, "below operating result, not checked (haircut does not model interest and tax)");
            case RATIO -> ignored(row.row(), label, "a ratio, not an amount");
            case DRIVER -> ignored(row.row(), label, "a driver, not an amount: "
                    + LineClassifier.driver(label, unit).orElse("a per-unit figure (its heading says so)"));
            case IGNORE -> {
                group.add(lf);
                ignored(row.row(), label, "not used by haircut (depreciation, interest, tax and the like)" + by);
            }
            case UNKNOWN -> {
                group.add(lf);
                if (section == Section.OPERATING_EXPENSES || section == Section.COST_OF_REVENUE) {
                    add(operating, lf);
                }
                ignored(row.row(), label, "not a revenue, cost or KPI line haircut knows; say what it is under lines: in a mapping file");
                unknownLines.add("row " + row.row() + " '" + RawCell.shorten(label) + "'");
            }
            case REVENUE -> revenueLine(lf, rule, line, by);
            case COST -> cost(lf, line, by);
            case ACTIVE, NEW, CHURNED -> counts(row, lf, line.kind(), by);
            case CASH_BALANCE, UNUSED_CREDITS -> balances(lf, line.kind(), by);
            case COMMITMENT -> commitment(lf);
        }
    }

    /** A total row: a revenue total weighed against its lines, any other checked against the lines since the last heading or total. */
    private void total(LineFigures lf, ImportMapping.LineRule rule, String by) {
        if (rule == null && RevenueLines.totalName(lf.label())) {
            revenueTotal(new RevenueLines.Candidate(lf, rule, null, true, lines.size()), by);
            group.clear();
            return;
        }
        checkSum("'" + lf.label() + "'", lf, new ArrayList<>(group));
        if (group.isEmpty()) {
            // A total with no lines above it stands for them; otherwise the lines count (a wrong total is
            // reported once, here, not again in every figure computed from it).
            remember(lf);
        }
        group.clear();
        lines.add("row " + lf.row() + " '" + lf.label() + "': total, checked, not imported");
    }

    private void revenueLine(LineFigures lf, ImportMapping.LineRule rule, Dictionary.Line line, String by) {
        String label = lf.label();
        boolean named = rule != null || Dictionary.line(label, Section.NONE).kind() == LineKind.REVENUE;
        RevenueLines.Candidate c = new RevenueLines.Candidate(lf, rule, line.settlement(), named, lines.size());
        if (RevenueLines.totalName(label)) {
            revenueTotal(c, by);
            group.clear();
            return;
        }
        group.add(lf);
        add(revenue, lf);
        revenueLines.line(c);
        lines.add("row " + lf.row() + " '" + label + "' (" + lf.cells() + "): revenue"
                + (line.settlement() == null ? "" : ", " + line.settlement().label()) + by);
    }

    private void cost(LineFigures lf, Dictionary.Line line, String by) {
        group.add(lf);
        add(line.category() == CostCategory.COST_OF_REVENUE ? costOfRevenue : operating, lf);
        for (Map.Entry<Integer, Figure> e : lf.figures().entrySet()) {
            PeriodColumn p = plan.periods().get(e.getKey());
            if (!p.total()) {
                costs.add(new LedgerBuilder.WideCost(p.span().last(), line.category(), line.settlement(), new Money(e.getValue().value(), currency),
                        e.getValue().resolution(), e.getValue().source(), lf.label(), id, p.span(), basis(p)));
            }
        }
        lines.add("row " + lf.row() + " '" + lf.label() + "': cost, " + line.category().label()
                + (line.settlement() == null ? "" : ", paid with " + line.settlement().label()) + by);
    }

    /** Customer counts: monthly, whole, never scaled by the table's money units. */
    private void counts(TableRow row, LineFigures lf, LineKind kind, String by) {
        for (Map.Entry<Integer, Figure> e : lf.figures().entrySet()) {
            PeriodColumn p = plan.periods().get(e.getKey());
            if (p.total()) {
                continue;
            }
            // Counts are never scaled by a money note: undo the table's factor.
            RawCell raw = row.cell(p.column());
            BigDecimal count = Numbers.parse(raw, plan.decimalComma()) instanceof Numbers.Value v ? v.value() : null;
            if (p.span().months() != 1) {
                notes.add(e.getValue().source().cell() + ": customer counts are monthly; the " + p.header() + " column is left out");
            } else if (count == null || count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
                problems.add(new ImportException(e.getValue().source() + ": expected a whole number of 0 or more, found '" + raw.text().trim() + "'"));
            } else {
                builder.wideFigure(new LedgerBuilder.WideFigure(p.span().first(), kind, count.stripTrailingZeros(), currency,
                        e.getValue().source(), id));
                imported++;
            }
        }
        lines.add("row " + lf.row() + " '" + lf.label() + "': " + lineName(kind) + by);
    }

    private void balances(LineFigures lf, LineKind kind, String by) {
        for (Map.Entry<Integer, Figure> e : lf.figures().entrySet()) {
            PeriodColumn p = plan.periods().get(e.getKey());
            if (!p.total()) {
                // A balance is a point in time: a quarter's or year's column is its last month's balance.
                builder.wideFigure(new LedgerBuilder.WideFigure(p.span().last(), kind, e.getValue().value(), currency,
                        e.getValue().source(), id));
                imported++;
            }
        }
        lines.add("row " + lf.row() + " '" + lf.label() + "': " + lineName(kind) + by);
    }

    private void commitment(LineFigures lf) {
        String label = lf.label();
        group.add(lf);
        Status status = Dictionary.key(label).matches(".*\\b(contingent|up to|milestones?|conditional)\\b.*") ? Status.CONTINGENT : Status.BINDING;
        String vendor = label.replaceAll("(?i)\\s*\\((contingent|binding)[^)]*\\)\\s*$", "").trim();
        for (Map.Entry<Integer, Figure> e : lf.figures().entrySet()) {
            PeriodColumn p = plan.periods().get(e.getKey());
            if (!p.total()) {
                int year = mapping.fiscalYear().namedByEnd() ? p.span().last().getYear() : p.span().first().getYear();
                builder.commitment(new Commitment(builder.intern(vendor), year, new Money(e.getValue().value(), currency), status, e.getValue().source()));
                imported++;
            }
        }
        lines.add("row " + lf.row() + " '" + label + "': commitment of " + vendor + ", " + status.label());
    }

    /** Whether a unit cell ("#", "%", "$/order") can make this line a driver: not the KPI lines, which are counts by name. */
    private static boolean unitMayMakeADriver(LineKind kind) {
        return switch (kind) {
            case REVENUE, COST, UNKNOWN, TOTAL, IGNORE -> true;
            default -> false;
        };
    }

    /** A revenue total ("Revenue", "Total revenues"): the revenue line itself, a check of the lines above it, or preferred to them. */
    private void revenueTotal(RevenueLines.Candidate total, String by) {
        LineFigures lf = total.line();
        String head = "row " + lf.row() + " '" + lf.label() + "' (" + lf.cells() + "): ";
        RevenueLines.Outcome outcome = revenueLines.total(total, problems, info, currency);
        List<LineFigures> parts = group.stream().filter(g -> g.kind() == LineKind.REVENUE).toList();
        switch (outcome) {
            case ITSELF, INSTEAD_OF_PARTS -> {
                remember(lf);
                lines.add(head + "revenue" + (outcome == RevenueLines.Outcome.INSTEAD_OF_PARTS ? " (the total, preferred to the lines above it)" : "") + by);
            }
            case PARTS, PARTS_DISAGREE -> {
                checkSum("'" + lf.label() + "'", lf, parts);
                if (outcome == RevenueLines.Outcome.PARTS) {
                    remember(lf);
                }
                lines.add(head + "revenue total, checked against the lines above it, not imported" + by);
            }
            case REPEAT -> lines.add(head + "repeats an earlier revenue line, not imported");
        }
    }

    private void importRevenue(RevenueLines.Candidate c) {
        for (Map.Entry<Integer, Figure> e : c.line().figures().entrySet()) {
            PeriodColumn p = plan.periods().get(e.getKey());
            if (!p.total()) {
                builder.wideRevenue(new LedgerBuilder.WideRevenue(c.line().label(), c.rule(), c.settlement(), p.span(),
                        new Money(e.getValue().value(), currency), e.getValue().resolution(), e.getValue().source(), id, basis(p)));
                imported++;
            }
        }
    }

    private static FigureBasis basis(PeriodColumn p) {
        return p.forecast() ? FigureBasis.FORECAST : FigureBasis.ACTUAL;
    }

    private static String draftValue(Dictionary.Line line) {
        return switch (line.kind()) {
            case REVENUE -> line.settlement() == null ? "revenue" : "{ kind: revenue, settlement: " + line.settlement().label() + " }";
            case COST -> "{ kind: cost, category: " + line.category().label() + (line.settlement() == null ? "" : ", paid-with: " + line.settlement().label()) + " }";
            case ACTIVE -> "active";
            case NEW -> "new";
            case CHURNED -> "churned";
            case CASH_BALANCE -> "cash-balance";
            case UNUSED_CREDITS -> "unused-credits";
            case COMMITMENT -> "commitment";
            case UNKNOWN -> "~";
            case IGNORE -> "ignore";
            default -> null; // totals, computed lines and ratios: recognised by name, nothing for a mapping to say
        };
    }

    private boolean missingOnly(TableRow row) {
        return plan.periods().stream().anyMatch(p -> {
            RawCell c = row.cell(p.column());
            return c != null && Numbers.parse(c, plan.decimalComma()) instanceof Numbers.Missing;
        });
    }

    private static String lineName(LineKind kind) {
        return switch (kind) {
            case ACTIVE -> "active customers";
            case NEW -> "new customers";
            case CHURNED -> "churned customers";
            case CASH_BALANCE -> "cash balance";
            case UNUSED_CREDITS -> "unused cloud credits";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private static Dictionary.Line fromRule(ImportMapping.LineRule rule) {
        LineKind kind = switch (rule.kind()) {
            case "revenue" -> LineKind.REVENUE;
            case "cost" -> LineKind.COST;
            case "active" -> LineKind.ACTIVE;
            case "new" -> LineKind.NEW;
            case "churned" -> LineKind.CHURNED;
            case "cash-balance" -> LineKind.CASH_BALANCE;
            case "unused-credits" -> LineKind.UNUSED_CREDITS;
            case "commitment" -> LineKind.COMMITMENT;
            case "total" -> LineKind.TOTAL;
            default -> LineKind.IGNORE;
        };
        return new Dictionary.Line(kind, rule.category(), rule.settlement());
    }

    /** Each line label with what a mapping file would say about it, and a comment: for the drafted mapping. */
    public Map<String, DraftLine> draftLines() {
        return draft;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    private void drafted(String label, String value, String comment) {
        draft.putIfAbsent(label, new DraftLine(value, comment, false));
    }

    private void ignored(int row, String label, String why) {
        lines.add("row " + row + " '" + label + "': ignored, " + why);
        ignoredLines.merge(why, 1, Integer::sum);
    }

    private String columns() {
        return plan.firstColumn() == plan.labelLast() ? SourceRef.columnLetters(plan.firstColumn())
                : SourceRef.columnLetters(plan.firstColumn()) + ".." + SourceRef.columnLetters(plan.labelLast());
    }

    private String at(int row, RawCell labelCell) {
        return new SourceRef(info.file(), info.sheet(), row, labelCell == null ? plan.firstColumn() : labelCell.column()).toString();
    }

    /** Remembers a total of revenue, cost of revenue or operating expenses for the gross-profit and operating checks. */
    private void remember(LineFigures total) {
        String k = Dictionary.key(total.label());
        Map<Integer, Sum> target = null;
        if (k.matches(".*\\b(cost of (revenue|revenues|sales|goods sold)|cogs)\\b.*")) {
            target = costOfRevenue;
        } else if (k.matches(".*\\b(revenue|revenues|sales|income)\\b.*") && !k.contains("cost")) {
            target = revenue;
        } else if (k.matches(".*\\b(operating expenses|opex|operating costs|expenses)\\b.*")) {
            target = operating;
        }
        if (target != null) {
            target.clear();
            Map<Integer, Sum> t = target;
            total.figures().forEach((col, f) -> t.put(col, Sum.of(f)));
        }
    }

    private static void add(Map<Integer, Sum> sums, LineFigures line) {
        line.figures().forEach((k, f) -> sums.merge(k, Sum.of(f), Sum::plus));
    }

    /** a - b per column; where costs are shown as negative numbers, a + b (revenue plus negative costs). */
    private static Map<Integer, Sum> difference(Map<Integer, Sum> a, Map<Integer, Sum> b) {
        Map<Integer, Sum> out = new LinkedHashMap<>();
        a.forEach((k, x) -> {
            Sum y = b.getOrDefault(k, Sum.ZERO);
            BigDecimal value = y.value().signum() < 0 ? x.value().add(y.value()) : x.value().subtract(y.value());
            out.put(k, new Sum(value, x.resolution().add(y.resolution())));
        });
        return out;
    }

    /** A total row against the lines above it, column by column. */
    private void checkSum(String what, LineFigures total, List<LineFigures> parts) {
        if (parts.isEmpty()) {
            return;
        }
        Map<Integer, Sum> sums = new LinkedHashMap<>();
        Map<Integer, List<SourceRef>> cells = new LinkedHashMap<>();
        for (LineFigures p : parts) {
            p.figures().forEach((k, f) -> {
                sums.merge(k, Sum.of(f), Sum::plus);
                cells.computeIfAbsent(k, x -> new ArrayList<>()).add(f.source());
            });
        }
        compare(what, total, sums, k -> "its parts (" + LedgerBuilder.cells(cells.getOrDefault(k, List.of())) + ") add up to");
    }

    private void checkComputed(LineFigures line, String formula, Map<Integer, Sum> a, Map<Integer, Sum> b) {
        if (a.isEmpty()) {
            return;
        }
        compare("'" + line.label() + "'", line, difference(a, b), k -> formula + " is");
    }

    private void compare(String what, LineFigures line, Map<Integer, Sum> expected, java.util.function.IntFunction<String> of) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Integer, Figure> e : line.figures().entrySet()) {
            Sum exp = expected.get(e.getKey());
            if (exp == null) {
                continue;
            }
            checked++;
            Figure f = e.getValue();
            BigDecimal tolerance = exp.resolution().add(f.resolution()).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
            if (f.value().subtract(exp.value()).abs().compareTo(tolerance) > 0) {
                mismatches.add(f.source().cell() + " is " + LedgerBuilder.money(currency, f.value()) + ", " + of.apply(e.getKey()) + " "
                        + LedgerBuilder.money(currency, exp.value()));
            }
        }
        if (checked == 0) {
            return;
        }
        if (mismatches.isEmpty()) {
            checksOk++;
            return;
        }
        checksFailed++;
        builder.warn(info.where() + " row " + line.row() + ": " + what + " does not agree in "
                + mismatches.size() + " of " + checked + " periods: " + String.join("; ", mismatches.subList(0, Math.min(3, mismatches.size())))
                + (mismatches.size() > 3 ? "; and " + (mismatches.size() - 3) + " more" : "") + "; the total is not imported");
    }

    /** Total columns ("FY2025", "Total") against the period columns they cover. */
    private void checkTotalColumns(LineFigures line) {
        if (line.kind() == LineKind.RATIO) {
            return;
        }
        int previousTotal = -1;
        for (int k = 0; k < plan.periods().size(); k++) {
            PeriodColumn p = plan.periods().get(k);
            if (!p.total() || !reads(p)) {
                continue;
            }
            Figure total = line.figures().get(k);
            if (total != null) {
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal res = total.resolution();
                int parts = 0;
                List<SourceRef> cells = new ArrayList<>();
                for (int j = 0; j < plan.periods().size(); j++) {
                    PeriodColumn q = plan.periods().get(j);
                    boolean covered = q.total() ? false : p.span() != null ? p.span().contains(q.span()) : j > previousTotal && j < k;
                    Figure f = line.figures().get(j);
                    if (covered && f != null) {
                        sum = sum.add(f.value());
                        res = res.add(f.resolution());
                        parts++;
                        cells.add(f.source());
                    }
                }
                boolean balance = line.kind() == LineKind.CASH_BALANCE || line.kind() == LineKind.UNUSED_CREDITS
                        || line.kind() == LineKind.ACTIVE;
                if (parts > 0 && !balance) {
                    BigDecimal tolerance = res.divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
                    if (total.value().subtract(sum).abs().compareTo(tolerance) > 0) {
                        checksFailed++;
                        builder.warn(total.source() + ": '" + line.label() + "' " + p.header() + " is " + LedgerBuilder.money(currency, total.value())
                                + " but the periods it covers (" + LedgerBuilder.cells(cells) + ") add up to " + LedgerBuilder.money(currency, sum)
                                + "; the total column is not imported");
                    } else {
                        checksOk++;
                    }
                }
            }
            previousTotal = k;
        }
    }

    @Override
    public void end() {
        revenueLines.imported().forEach(this::importRevenue);
        revenueLines.replaced().forEach((c, why) -> lines.set(c.listed(), "row " + c.line().row() + " '" + c.line().label() + "' ("
                + c.line().cells() + "): not imported, " + why));
        // The drafted mapping says what was read: the revenue line itself, and the lines it stood for as comments.
        revenueLines.imported().forEach(c -> draft.putIfAbsent(c.line().label(), new DraftLine("revenue", "row " + c.line().row() + ", the revenue line", false)));
        revenueLines.replaced().forEach((c, why) -> draft.put(c.line().label(), new DraftLine("revenue", "not imported: " + oneLine(why), true)));
        for (String n : revenueLines.notes()) {
            notes.add(n);
            builder.note(id + ": " + n);
        }
        // Costs shown as negative numbers (a P&L convention) are recorded as positive costs.
        long negative = costs.stream().filter(c -> c.amount().amount().signum() < 0).count();
        boolean flip = negative * 2 > costs.size();
        if (flip) {
            notes.add("costs are shown as negative numbers; haircut records them as positive costs");
        }
        for (LedgerBuilder.WideCost c : costs) {
            Money amount = flip ? c.amount().negate() : c.amount();
            builder.wideCost(new LedgerBuilder.WideCost(c.month(), c.category(), c.paidWith(), amount, c.resolution(), c.source(), c.label(), c.table(),
                    c.span(), c.basis()));
            imported++;
        }
        if (!missing.isEmpty()) {
            String text = missing.size() + " cell" + (missing.size() == 1 ? "" : "s") + " marked as missing, left out (never read as 0): "
                    + String.join(", ", missing.subList(0, Math.min(6, missing.size()))) + (missing.size() > 6 ? ", ..." : "");
            notes.add(text);
            builder.note(id + ": " + text);
        }
        if (!unknownLines.isEmpty()) {
            builder.note(id + ": " + unknownLines.size() + " line" + (unknownLines.size() == 1 ? "" : "s") + " ignored, not a revenue, cost or KPI line"
                    + " haircut knows (" + String.join(", ", unknownLines.subList(0, Math.min(5, unknownLines.size())))
                    + (unknownLines.size() > 5 ? ", ..." : "") + "); say what they are under lines: in a mapping file");
        }
    }

    @Override
    public Inspection.TableReport report() {
        List<Inspection.ColumnReport> columns = new ArrayList<>();
        columns.add(new Inspection.ColumnReport(columns(), "(line names)", "labels", "text", ""));
        for (PeriodColumn p : plan.periods()) {
            String use = p.skip() != null ? "skipped: " + p.skip() : !reads(p) ? "forecast, not imported (--include forecast)"
                    : p.total() ? "total, checked" : "-> " + (p.span() == null ? "?" : p.span().toString()) + (p.forecast() ? " (forecast)" : "");
            String type = p.span() == null ? "" : p.span().months() == 1 ? "month" : p.span().months() == 3 ? "quarter"
                    : p.span().months() == 12 ? "year" : p.span().months() + " months";
            columns.add(new Inspection.ColumnReport(SourceRef.columnLetters(p.column()), p.header(), use, type, p.hidden() ? "hidden column" : ""));
        }
        List<String> notesOut = new ArrayList<>(notes);
        window.hiddenRowsNote().ifPresent(n -> notesOut.add(0, n));
        if (checksOk + checksFailed > 0) {
            notesOut.add(checksOk + " total" + (checksOk == 1 ? "" : "s") + " agree" + (checksOk == 1 ? "s" : "") + " with their parts"
                    + (checksFailed > 0 ? ", " + checksFailed + " do" + (checksFailed == 1 ? "es" : "") + " not (see warnings)" : ""));
        }
        String range = window.range();
        String conventions = (plan.decimalComma() ? "decimal comma (1.234,56); " : "") + "currency " + currency
                + (mapping.fiscalYear().startMonth() != 1 ? "; fiscal year starts in month " + mapping.fiscalYear().startMonth() : "");
        return new Inspection.TableReport(plan.describe(), plan.detectedBy(), plan.headerRow(), range, plan.scale().describe(), conventions,
                columns, lines, String.format(Locale.ROOT, "%,d figures", imported), notesOut, problems.list());
    }

    /** The months this table gives figures for, for messages. */
    List<YearMonth> months() {
        return plan.periods().stream().filter(p -> !p.total() && p.span() != null).map(p -> p.span().last()).toList();
    }
}
