package io.haircut.workbook.detect;

import io.haircut.workbook.cells.ColumnBasis;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Field;
import java.math.BigDecimal;
import java.util.List;

/**
 * How haircut will read the tables of one sheet, decided from its first rows ({@link Detector}) before
 * the rest streams past: which table each block of columns is, its header row, what each column means,
 * and the units and conventions its numbers and dates follow. Inspect shows these plans as they are.
 */
public final class Plans {

    private Plans() {
    }

    /** A multiplier for a table's or a column's amounts, and where it was read ("A2: 'USD in thousands'"). */
    public record Scale(BigDecimal factor, String word, String source) {

        static final Scale NONE = new Scale(BigDecimal.ONE, "units", null);

        public boolean isNone() {
            return factor.compareTo(BigDecimal.ONE) == 0;
        }

        public String describe() {
            if (isNone()) {
                return "as written";
            }
            String x = "x" + String.format(java.util.Locale.ROOT, "%,d", factor.toBigInteger());
            return word + " (" + x + (source == null ? "" : ", from " + source) + ")";
        }
    }

    /** What one column of a table is used for. */
    public enum Use { FIELD, EXTRA, IGNORED }

    /**
     * One column of a long table: its header, the field it feeds (null for extras and ignored columns),
     * why, and its own scale when its header states units ("Amount ($000)").
     */
    public record ColumnUse(int column, String header, Use use, Field field, String why, Scale scale, boolean hidden) {
    }

    /** How one table will be read. */
    public sealed interface TablePlan permits LongPlan, WidePlan {
        int headerRow();

        int firstColumn();

        int lastColumn();

        /** "revenue ledger", "wide P&L": what inspect says haircut took the table to be. */
        public String describe();

        /** Why: "headers Date, Customer, ... (4 of 5 required)" or "the mapping (line 7)". */
        String detectedBy();
    }

    /**
     * A table with one record per row and named columns: a canonical table, or a billing export with its own
     * header names. {@code missing} lists required columns not found (an error when importing).
     */
    public record LongPlan(CanonicalTable table, int headerRow, int firstColumn, int lastColumn, List<ColumnUse> columns,
            Scale scale, String currency, DateOrder dateOrder, String dateOrderSource, boolean decimalComma,
            List<String> missing, List<String> found, String detectedBy) implements TablePlan {

        public LongPlan {
            columns = List.copyOf(columns);
            missing = List.copyOf(missing);
            found = List.copyOf(found);
        }

        @Override
        public String describe() {
            return table.sheetName() + " table";
        }

        public ColumnUse column(String fieldColumn) {
            return columns.stream().filter(c -> c.use() == Use.FIELD && c.field().column().equals(fieldColumn)).findFirst().orElse(null);
        }
    }

    /**
     * A column of a wide table holding one period's figures; {@code total} for a column that sums others.
     * {@code basis} says whether it holds actuals, a forecast, a budget or a variance; {@code skip} is why
     * it is not imported (a budget, a longer duration overlapping a shorter one), null when it is.
     */
    public record PeriodColumn(int column, String header, Periods.Span span, boolean total, boolean hidden, ColumnBasis basis, String skip) {

        PeriodColumn(int column, String header, Periods.Span span, boolean total, boolean hidden) {
            this(column, header, span, total, hidden, ColumnBasis.UNMARKED, null);
        }

        public boolean forecast() {
            return basis == ColumnBasis.FORECAST;
        }
    }

    public enum WideKind { PNL, COMMITMENTS }

    /**
     * A table with line items down and periods across: a P&L, a KPI sheet, commitments by year. {@code statement}
     * for a financial statement's income statement, whose own revenue line is preferred to its parts.
     */
    public record WidePlan(WideKind kind, int headerRow, int firstColumn, int labelLast, int lastColumn, List<PeriodColumn> periods,
            Scale scale, String currency, boolean decimalComma, String detectedBy, boolean statement) implements TablePlan {

        public WidePlan {
            periods = List.copyOf(periods);
        }

        WidePlan(WideKind kind, int headerRow, int firstColumn, int labelLast, int lastColumn, List<PeriodColumn> periods,
                Scale scale, String currency, boolean decimalComma, String detectedBy) {
            this(kind, headerRow, firstColumn, labelLast, lastColumn, periods, scale, currency, decimalComma, detectedBy, false);
        }

        @Override
        public String describe() {
            return kind == WideKind.PNL ? "wide P&L / KPI table" : "Commitments by year (wide)";
        }
    }

    /** Everything decided about a sheet: its tables, what was left out and why, or why the whole sheet was skipped. */
    public record SheetPlan(SheetInfo info, List<TablePlan> tables, List<String> notes, String skipped, int titleRows) {

        public SheetPlan {
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }
    }
}
