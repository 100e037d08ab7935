package io.haircut.workbook.detect;

import io.haircut.workbook.cells.ColumnBasis;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.PeriodColumn;
import io.haircut.workbook.detect.Plans.Scale;
import io.haircut.workbook.detect.Plans.WideKind;
import io.haircut.workbook.detect.Plans.WidePlan;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Wide-table candidates (line items down, periods across): a header row of periods with line labels to
 * its left, and the tables stacked below one another in one sheet, which the reader starts when the rows
 * reach them ({@link #stackedBelow}).
 */
public final class WideCandidates {

    private WideCandidates() {
    }

    /** A row of periods: its columns in order (coarser periods over finer ones made totals), and what keeps it from being read. */
    record PeriodHeader(List<PeriodColumn> periods, List<PeriodColumn> figures, List<String> problems) {

        int firstPeriod() {
            return periods.stream().mapToInt(PeriodColumn::column).min().orElseThrow();
        }

        int lastPeriod() {
            return periods.stream().mapToInt(PeriodColumn::column).max().orElseThrow();
        }

        String range() {
            return figures.get(0).header() + " .. " + figures.get(figures.size() - 1).header();
        }
    }

    /** The periods of a header row: two or more in order (a month's year may stand above it), else empty. */
    static Optional<PeriodHeader> periodHeader(Detector.Context ctx, int rowIndex, List<RawCell> block) {
        FiscalYear fy = ctx.mapping().fiscalYear();
        PeriodHeaders.Read read = PeriodHeaders.read(ctx.info(), ctx.window(), rowIndex, block, fy, column -> yearContext(ctx, rowIndex, column, fy));
        List<PeriodColumn> periods = read.columns();
        List<String> problems = new ArrayList<>(read.problems());
        List<PeriodColumn> figures = periods.stream().filter(p -> !p.total()).toList();
        if (figures.size() < 2) {
            return Optional.empty();
        }
        // Periods read (budgets, variances and overlapped durations aside) run in order within each basis.
        List<PeriodColumn> known = figures.stream().filter(p -> p.span() != null && p.skip() == null).toList();
        int finest = known.stream().mapToInt(p -> p.span().months()).min().orElse(1);
        for (ColumnBasis basis : ColumnBasis.values()) {
            List<java.time.YearMonth> starts = known.stream().filter(p -> p.basis() == basis && p.span().months() == finest)
                    .map(p -> p.span().first()).toList();
            boolean up = true;
            boolean down = true;
            for (int i = 1; i < starts.size(); i++) {
                up &= starts.get(i).isAfter(starts.get(i - 1));
                down &= starts.get(i).isBefore(starts.get(i - 1));
            }
            if (!up && !down) {
                return Optional.empty(); // not a sequence of periods: a row of figures that happen to look like years
            }
        }
        // Coarser periods that cover finer ones are totals of them (months, then "Q1 2026" or "FY2025").
        List<PeriodColumn> resolved = new ArrayList<>();
        for (PeriodColumn p : periods) {
            boolean coversFiner = !p.total() && p.skip() == null && p.span() != null && p.span().months() > finest && known.stream()
                    .anyMatch(q -> q.span().months() == finest && q.basis() == p.basis() && p.span().contains(q.span()));
            resolved.add(coversFiner ? new PeriodColumn(p.column(), p.header(), p.span(), true, p.hidden(), p.basis(), null) : p);
        }
        return Optional.of(new PeriodHeader(resolved, figures, problems));
    }

    static Optional<Detector.Candidate> wideCandidate(Detector.Context ctx, int rowIndex, List<RawCell> block, CanonicalTable forced, String forcedBy) {
        TableRow header = ctx.window().get(rowIndex);
        Optional<PeriodHeader> found = periodHeader(ctx, rowIndex, block);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<PeriodColumn> resolved = found.get().periods();
        List<PeriodColumn> figures = found.get().figures();
        List<String> problems = found.get().problems();
        List<PeriodColumn> known = figures.stream().filter(p -> p.span() != null).toList();
        int firstPeriod = found.get().firstPeriod();
        int lastPeriod = found.get().lastPeriod();
        // Line labels: text in the columns left of the periods, in the rows below the header.
        // A "Unit" header over a unit column ("#", "$", "%") is not where the line names start: they are left of it.
        boolean unitHeader = block.get(0).column() < firstPeriod && block.get(0).kind() == RawCell.Kind.TEXT
                && Dictionary.key(block.get(0).text()).matches("units?|uom|unit of measure|measure");
        int leftLimit = unitHeader ? previousCellColumn(header, block.get(0).column()) + 1
                : block.get(0).column() < firstPeriod ? block.get(0).column() : previousCellColumn(header, firstPeriod) + 1;
        int labelFirst = Integer.MAX_VALUE;
        for (int i = rowIndex + 1; i < ctx.window().size() && i <= rowIndex + 60; i++) {
            for (RawCell c : ctx.window().get(i).cells()) {
                if (c.column() >= leftLimit && c.column() < firstPeriod && c.kind() == RawCell.Kind.TEXT) {
                    labelFirst = Math.min(labelFirst, c.column());
                }
            }
        }
        if (labelFirst == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        WideKind kind = WideKind.PNL;
        boolean allYears = known.stream().allMatch(p -> p.span().months() == 12);
        String title = ctx.window().stream().filter(r -> r.row() < header.row()).flatMap(r -> r.cells().stream())
                .map(RawCell::text).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT)
                + " " + String.valueOf(ctx.info().tableName()).toLowerCase(Locale.ROOT);
        if (forced == CanonicalTable.COMMITMENTS || (forced == null && forcedBy == null && allYears && title.contains("commitment"))) {
            kind = WideKind.COMMITMENTS;
            if (!allYears) {
                return Optional.empty();
            }
        }
        Scale scale = Detector.tableScale(ctx, header.row(), labelFirst, lastPeriod);
        String currency = Detector.tableCurrency(ctx, header.row(), labelFirst, lastPeriod);
        Optional<String> conflict = Detector.currencyConflict(ctx, header.row(), labelFirst, lastPeriod);
        if (conflict.isPresent()) {
            problems = new ArrayList<>(problems);
            problems.add(conflict.get());
        }
        String why = forcedBy != null ? forcedBy : figures.size() + " periods across row " + header.row() + " (" + found.get().range() + ")";
        WidePlan plan = new WidePlan(kind, header.row(), labelFirst, firstPeriod - 1, lastPeriod, resolved, scale, currency, ctx.decimalComma(), why,
                ctx.statement());
        // Total columns break ties: a header with a spacer column before "FY2025" is one table, not months alone.
        int totals = (int) resolved.stream().filter(PeriodColumn::total).count();
        return Optional.of(new Detector.Candidate(plan, 100 * figures.size() + totals + (forcedBy != null || forced != null ? 1000 : 0), rowIndex, problems));
    }

    // ---- wide tables stacked in one sheet ---------------------------------------------------

    /** Rows between two stacked tables that can say something about the lower one (a title, a units note, its year). */
    public static final int ROWS_BETWEEN = 5;

    /** The plan of a wide table stacked below another, and what keeps it from being read. */
    public record Stacked(WidePlan plan, List<String> problems) {
    }

    /**
     * A wide table stacked below {@code above} in the same columns (the next year, a KPI block under the
     * P&L): {@code header} is a row below above's line items whose cells right of the line names are mostly
     * periods; {@code between} are the rows since above's last figures, in row {@code lastFigures} (at most
     * {@value #ROWS_BETWEEN} are used: a title, a units note, a year over month names). Its line names are in
     * above's label columns; its units are those of a note between the two, else above's. Empty for any
     * other row, and for above's own header repeated right under a line (as on each page of a printed report).
     */
    public static Optional<Stacked> stackedBelow(SheetInfo info, WidePlan above, List<TableRow> between, int lastFigures, TableRow header,
            ImportMapping mapping) {
        List<RawCell> block = headerCells(above, header);
        FiscalYear fy = mapping.fiscalYear();
        int periods = 0;
        for (RawCell c : block) {
            // Numbers are figures here, even those that read as years: only text and date cells make a header.
            boolean period = (c.kind() == RawCell.Kind.TEXT || c.kind() == RawCell.Kind.DATE) && !(Periods.parse(c, fy) instanceof Periods.NotAPeriod);
            periods += period ? 1 : 0;
        }
        if (periods < 2 || periods * 2 < block.size()) {
            return Optional.empty();
        }
        List<TableRow> rows = new ArrayList<>(between.subList(Math.max(0, between.size() - ROWS_BETWEEN), between.size()));
        rows.add(header);
        Detector.Context ctx = new Detector.Context(info, rows, mapping, mapping.sheet(info.file(), info.sheet()).orElse(null), above.decimalComma(), above.statement());
        Optional<PeriodHeader> found = periodHeader(ctx, rows.size() - 1, block);
        boolean adjacent = between.isEmpty() && header.row() == lastFigures + 1;
        if (found.isEmpty() || adjacent && samePeriods(found.get().periods(), above.periods())) {
            return Optional.empty();
        }
        PeriodHeader h = found.get();
        boolean ownNote = Detector.note(ctx, header.row(), above.firstColumn(), h.lastPeriod()).isPresent();
        Scale scale = ownNote ? Detector.tableScale(ctx, header.row(), above.firstColumn(), h.lastPeriod()) : above.scale();
        String currency = ownNote ? Detector.tableCurrency(ctx, header.row(), above.firstColumn(), h.lastPeriod()) : above.currency();
        boolean allYears = h.figures().stream().allMatch(p -> p.span() != null && p.span().months() == 12);
        WideKind kind = above.kind() == WideKind.COMMITMENTS && allYears ? WideKind.COMMITMENTS : WideKind.PNL;
        String why = h.figures().size() + " periods across row " + header.row() + " (" + h.range() + "), below the table with header row "
                + above.headerRow();
        return Optional.of(new Stacked(new WidePlan(kind, header.row(), above.firstColumn(), h.firstPeriod() - 1, h.lastPeriod(), h.periods(),
                scale, currency, above.decimalComma(), why, above.statement()), h.problems()));
    }

    /** Whether a row has a figure in the table's period columns: a line item, not a heading or a header. */
    public static boolean hasFigures(WidePlan plan, TableRow row) {
        for (RawCell c : row.cells()) {
            if (c.column() > plan.labelLast() && c.column() <= plan.lastColumn() && c.kind() != RawCell.Kind.DATE
                    && Numbers.parse(c, plan.decimalComma()) instanceof Numbers.Value) {
                return true;
            }
        }
        return false;
    }

    /** The cells of a row right of the table's line names: within its columns, and on to the right while they are adjacent. */
    static List<RawCell> headerCells(WidePlan above, TableRow row) {
        List<RawCell> cells = new ArrayList<>();
        int reach = above.lastColumn();
        for (RawCell c : row.cells()) {
            if (c.column() <= above.labelLast()) {
                continue;
            }
            if (c.column() > reach + 1) {
                break; // another table beside this one
            }
            cells.add(c);
            reach = Math.max(reach, c.column());
        }
        return cells;
    }

    static boolean samePeriods(List<PeriodColumn> a, List<PeriodColumn> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PeriodColumn p = a.get(i);
            PeriodColumn q = b.get(i);
            if (p.column() != q.column() || p.total() != q.total() || !java.util.Objects.equals(p.span(), q.span())) {
                return false;
            }
        }
        return true;
    }

    /** Whether candidate {@code below} is a table stacked under {@code above}'s line items, as its reader will find it. */
    static boolean isStackedBelow(Detector.Context ctx, WidePlan above, WidePlan below) {
        if (below.headerRow() <= above.headerRow()) {
            return false;
        }
        List<TableRow> between = new ArrayList<>();
        int lastFigures = 0;
        for (TableRow r : ctx.window()) {
            if (r.row() <= above.headerRow()) {
                continue;
            }
            if (r.row() == below.headerRow()) {
                return lastFigures > 0 && stackedBelow(ctx.info(), above, between, lastFigures, r, ctx.mapping()).isPresent();
            }
            if (hasFigures(above, r)) {
                lastFigures = r.row();
                between.clear();
            } else {
                between.add(r);
            }
        }
        return false;
    }

    /** The nearest header cell left of {@code column} (another table's), or -1. */
    static int previousCellColumn(TableRow header, int column) {
        return header.cells().stream().mapToInt(RawCell::column).filter(c -> c < column).max().orElse(-1);
    }

    /** A year above a month-name header ("FY2026" over "Jan".."Dec", merged or not), or in the title block. */
    static Periods.Span yearContext(Detector.Context ctx, int rowIndex, int column, FiscalYear fy) {
        for (int i = rowIndex - 1; i >= 0 && i >= rowIndex - 3; i--) {
            TableRow above = ctx.window().get(i);
            RawCell nearest = null;
            for (RawCell c : above.cells()) {
                if (c.column() <= column && (nearest == null || c.column() > nearest.column())) {
                    nearest = c;
                }
            }
            if (nearest != null && Periods.parse(nearest, fy) instanceof Periods.Period p && p.span().months() >= 3) {
                return p.span();
            }
        }
        for (int i = 0; i < rowIndex; i++) {
            for (RawCell c : ctx.window().get(i).cells()) {
                if (c.kind() == RawCell.Kind.TEXT) {
                    Matcher m = Detector.YEAR_WORD.matcher(c.text().toLowerCase(Locale.ROOT));
                    if (m.find() && Periods.text(m.group(1), fy) instanceof Periods.Period p && p.span().months() == 12) {
                        return p.span();
                    }
                }
            }
        }
        return null;
    }
}
