package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.ColumnBasis;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.PeriodColumn;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Reads a header row of periods into columns that each know their months and what they hold. A figure's
 * period is read from its own header ("12 Months Ended Dec. 31, 2022", "Q1 '17", "2025E"), from a cell
 * above it (a merged "12 Months Ended" over a row of dates, "Actual" or "Budget" over a block of months),
 * or, for headers that do not say their year ("Month 1", "Aug".."Jul", "FY17-18"), from the mapping's
 * {@code periods: { start: YYYY-MM }}. Columns haircut must not import are kept with the reason: budgets
 * and variances, and a longer duration ending where a shorter one ends (a 10-Q's "6 Months Ended" beside
 * its "3 Months Ended": the shortest is kept, so no month is counted twice).
 */
final class PeriodHeaders {

    /** Rows above a header that can hold a duration or a basis for its columns. */
    private static final int ROWS_ABOVE = 5;

    /** The header's columns, in order, and what keeps it from being read (cells haircut cannot place). */
    record Read(List<PeriodColumn> columns, List<String> problems, int unplaced) {
    }

    private PeriodHeaders() {
    }

    static Read read(SheetInfo info, List<TableRow> window, int rowIndex, List<RawCell> block, FiscalYear fy,
            IntFunction<Periods.Span> yearContext) {
        TableRow header = window.get(rowIndex);
        List<PeriodColumn> columns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> numbered = new ArrayList<>();
        List<String> monthNames = new ArrayList<>();
        int unplaced = 0;
        YearMonth previousMonth = null;
        int firstPeriod = block.stream().filter(c -> !(Periods.parse(c, fy) instanceof Periods.NotAPeriod))
                .mapToInt(RawCell::column).min().orElse(0);
        for (RawCell cell : block) {
            boolean hidden = info.hiddenColumns().contains(cell.column());
            Periods.Parsed p = Periods.parse(cell, fy);
            String shown = RawCell.shown(cell);
            if (p instanceof Periods.NotAPeriod) {
                continue;
            }
            ColumnBasis basis = basis(window, rowIndex, cell, firstPeriod);
            SourceRef at = new SourceRef(info.file(), info.sheet(), header.row(), cell.column());
            Periods.Span span = null;
            boolean total = false;
            if (p instanceof Periods.Period period) {
                span = withDurationAbove(period.span(), info, window, rowIndex, cell.column());
            } else if (p instanceof Periods.Total t) {
                span = t.span();
                total = true;
            } else if (p instanceof Periods.Numbered n) {
                if (fy.periodsStart() == null) {
                    numbered.add(at.cell() + " '" + shown + "'");
                    unplaced++;
                } else {
                    span = new Periods.Span(fy.periodsStart().plusMonths((long) (n.n() - 1) * n.months()), n.months());
                }
            } else if (p instanceof Periods.MonthOnly m) {
                Periods.Span year = yearContext.apply(cell.column());
                if (year != null) {
                    span = new Periods.Span(monthInSpan(year, m.month()), 1);
                } else if (fy.periodsStart() != null) {
                    span = new Periods.Span(monthAfter(previousMonth == null ? fy.periodsStart() : previousMonth.plusMonths(1), m.month()), 1);
                } else {
                    monthNames.add(shown);
                    unplaced++;
                }
            } else if (p instanceof Periods.Unplaced u) {
                problems.add(at + ": '" + shown + "' " + u.why() + "; say when the year starts: fiscal-year: { start-month: 4 } or"
                        + " periods: { start: YYYY-MM } in a mapping file (import ... --mapping MAP.yaml)");
                unplaced++;
            }
            if (span != null && span.months() == 1 && !total) {
                previousMonth = span.first();
            }
            columns.add(new PeriodColumn(cell.column(), shown, span, total, hidden, basis, skip(basis)));
        }
        withoutDates(problems, info, header, numbered, monthNames);
        return new Read(overlaps(columns), problems, unplaced);
    }

    /** A one-month column under a row that says the figures cover several months (a quarter's "3 months ended"). */
    private static Periods.Span withDurationAbove(Periods.Span span, SheetInfo info, List<TableRow> window, int rowIndex, int column) {
        int above = span.months() == 1 ? durationAbove(info, window, rowIndex, column) : -1;
        return above > 1 ? new Periods.Span(span.first().minusMonths(above - 1L), above) : span;
    }

    /**
     * Months without a year follow each other from the mapping's start: Aug (2022-08) .. Jul (2023-07).
     * The first month named {@code month} on or after {@code from}.
     */
    private static YearMonth monthAfter(YearMonth from, int month) {
        YearMonth candidate = YearMonth.of(from.getYear(), month);
        return candidate.isBefore(from) ? candidate.plusYears(1) : candidate;
    }

    /** Columns of a budget or a variance are read as the header, but their figures are not actuals. */
    private static String skip(ColumnBasis basis) {
        return switch (basis) {
            case BUDGET -> "budget, not imported";
            case VARIANCE -> "variance, not imported";
            default -> null;
        };
    }

    /** One problem for all the numbered periods, and one for all the month names, that need a start date. */
    private static void withoutDates(List<String> problems, SheetInfo info, TableRow header, List<String> numbered, List<String> monthNames) {
        if (!numbered.isEmpty()) {
            problems.add(info.where() + ": header row " + header.row() + " numbers the periods without dates ("
                    + String.join(", ", numbered.subList(0, Math.min(3, numbered.size()))) + "); say when the first one is:"
                    + " periods: { start: YYYY-MM } in a mapping file (import ... --mapping MAP.yaml)");
        }
        if (!monthNames.isEmpty()) {
            problems.add(info.where() + ": header row " + header.row() + " names months without a year ("
                    + String.join(", ", monthNames.subList(0, Math.min(3, monthNames.size())))
                    + "); put the year in the header ('Jan-26') or above it ('FY2026' over the months), or say when the first month is:"
                    + " periods: { start: YYYY-MM } in a mapping file");
        }
    }

    /**
     * Columns of one basis whose durations end in the same month: the shortest is kept, a longer one is
     * skipped, unless shorter columns fill all its months (then it is a total of them, checked as before).
     */
    private static List<PeriodColumn> overlaps(List<PeriodColumn> columns) {
        List<PeriodColumn> figures = columns.stream().filter(c -> !c.total() && c.span() != null && c.skip() == null).toList();
        Set<Integer> overlapped = new HashSet<>();
        Map<Integer, String> why = new TreeMap<>();
        for (PeriodColumn c : figures) {
            List<PeriodColumn> inside = figures.stream().filter(q -> q != c && q.basis() == c.basis() && q.span().months() < c.span().months()
                    && c.span().contains(q.span())).toList();
            Set<YearMonth> covered = new HashSet<>();
            inside.forEach(q -> {
                for (int i = 0; i < q.span().months(); i++) {
                    covered.add(q.span().first().plusMonths(i));
                }
            });
            PeriodColumn sameEnd = inside.stream().filter(q -> q.span().last().equals(c.span().last()))
                    .min(java.util.Comparator.comparingInt(q -> q.span().months())).orElse(null);
            if (sameEnd != null && covered.size() < c.span().months()) {
                overlapped.add(c.column());
                why.put(c.column(), c.span().months() + " months ended " + c.span().last() + ", overlapping the " + sameEnd.span().months()
                        + " months ended " + c.span().last() + " in column " + SourceRef.columnLetters(sameEnd.column())
                        + "; the shortest duration is kept, this one not imported");
            }
        }
        if (overlapped.isEmpty()) {
            return columns;
        }
        return columns.stream().map(c -> overlapped.contains(c.column())
                ? new PeriodColumn(c.column(), c.header(), c.span(), false, c.hidden(), c.basis(), why.get(c.column()))
                : c).collect(Collectors.toList());
    }

    /**
     * The basis a column's header states, else the nearest cell above it that states one ("Actual" merged over
     * months, a "Budget" title). Left of the periods, over the line names, only a cell that says nothing but a
     * basis ("Forecast") marks a block: a document title such as "Acme - five-year plan" names the file, not
     * its columns, and is no reason to leave actuals out.
     */
    private static ColumnBasis basis(List<TableRow> window, int rowIndex, RawCell cell, int firstPeriod) {
        if (cell.kind() == RawCell.Kind.TEXT) {
            ColumnBasis own = ColumnBasis.of(cell.text());
            if (own != ColumnBasis.UNMARKED) {
                return own;
            }
        }
        for (int i = rowIndex - 1; i >= 0 && i >= rowIndex - ROWS_ABOVE; i--) {
            RawCell above = nearestLeft(window.get(i), cell.column());
            if (above != null && above.kind() == RawCell.Kind.TEXT && above.text().length() <= 60
                    && (above.column() >= firstPeriod || ColumnBasis.isBasisOnly(above.text()))) {
                ColumnBasis b = ColumnBasis.of(above.text());
                if (b != ColumnBasis.UNMARKED) {
                    return b;
                }
            }
        }
        return ColumnBasis.UNMARKED;
    }

    /** "12 Months Ended" above a date (merged over several dates, or the nearest such cell to the left): the months, or -1. */
    private static int durationAbove(SheetInfo info, List<TableRow> window, int rowIndex, int column) {
        for (int i = rowIndex - 1; i >= 0 && i >= rowIndex - 3; i--) {
            TableRow row = window.get(i);
            RawCell above = null;
            for (CellRange merge : info.merges()) {
                if (merge.contains(row.row(), column)) {
                    above = row.cell(merge.firstColumn());
                }
            }
            if (above == null) {
                above = nearestLeft(row, column);
            }
            if (above != null && above.kind() == RawCell.Kind.TEXT) {
                int months = Periods.duration(above.text());
                if (months > 0) {
                    return months;
                }
            }
        }
        return -1;
    }

    private static RawCell nearestLeft(TableRow row, int column) {
        RawCell nearest = null;
        for (RawCell c : row.cells()) {
            if (c.column() <= column && !c.isBlank() && (nearest == null || c.column() > nearest.column())) {
                nearest = c;
            }
        }
        return nearest;
    }

    static YearMonth monthInSpan(Periods.Span span, int month) {
        for (int i = 0; i < span.months(); i++) {
            YearMonth m = span.first().plusMonths(i);
            if (m.getMonthValue() == month) {
                return m;
            }
        }
        return span.first().withMonth(month);
    }
}
