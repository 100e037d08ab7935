package io.haircut.export;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.SourceRef;
import io.haircut.rules.Rule;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The bridge as live formulas over the Revenue and Adjustments sheets, so an analyst can audit every
 * figure: the total bridge, then one row per month. SUMIFS criteria are cell references (the rule id in
 * column B or in the month table's header, the month in column A), never text pasted into a formula.
 */
final class BridgeSheet {

    static final String NAME = "Bridge";

    /** Ranges of the data sheets that the formulas read, built from our own constants and row counts. */
    record Ranges(String revenueAmount, String revenueMonth, String adjustmentChange, String adjustmentRule,
            String adjustmentMonth) {

        static Ranges of(RevenueSheet.Layout revenue, int adjustmentsLastRow) {
            // At least row 2, so an empty sheet gives an empty range below the header, not one with it.
            int rLast = Math.max(RevenueSheet.FIRST_DATA_ROW, revenue.lastRow());
            int aLast = Math.max(2, adjustmentsLastRow);
            return new Ranges(
                    range(RevenueSheet.NAME, RevenueSheet.AMOUNT_COLUMN, rLast),
                    range(RevenueSheet.NAME, revenue.monthColumn(), rLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.CHANGE_COLUMN, aLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.RULE_COLUMN, aLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.MONTH_COLUMN, aLast));
        }

        private static String range(String sheet, String column, int lastRow) {
            return sheet + "!$" + column + "$2:$" + column + "$" + lastRow;
        }
    }

    private BridgeSheet() {
    }

    static void write(Sheet sheet, RevenueBridge total, List<RevenueBridge> months, long entries, Ranges ranges,
            Cells cells) {
        int n = 1; // the next row, 1-based as the formulas spell it
        cells.text(row(sheet, n++), 0, "Revenue bridge (" + total.currency() + ")", cells.title);
        cells.headers(row(sheet, n++), "Line", "Rule", "View", "Amount", "Entries", "Defined at");

        int reportedRow = n++;
        Row reported = row(sheet, reportedRow);
        cells.text(reported, 0, "Reported revenue", cells.bold);
        Cells.formula(reported, 3, "SUM(" + ranges.revenueAmount() + ")", total.reported(), cells.moneyBold);
        Cells.formula(reported, 4, "COUNT(" + ranges.revenueAmount() + ")", entries, cells.count);

        for (BridgeStep step : total.cashSteps()) {
            stepRow(row(sheet, n++), step, ranges, cells);
        }
        int cashRow = n++;
        Row cash = row(sheet, cashRow);
        cells.text(cash, 0, "Cash revenue", cells.bold);
        Cells.formula(cash, 3, plusSteps("D" + reportedRow, "D", reportedRow + 1, cashRow - 1), total.cash(),
                cells.moneyBold);

        for (BridgeStep step : total.adjustedSteps()) {
            stepRow(row(sheet, n++), step, ranges, cells);
        }
        int adjustedRow = n++;
        Row adjusted = row(sheet, adjustedRow);
        cells.text(adjusted, 0, "Adjusted revenue", cells.bold);
        Cells.formula(adjusted, 3, plusSteps("D" + cashRow, "D", cashRow + 1, adjustedRow - 1), total.adjusted(),
                cells.moneyBold);

        n++; // a blank row between the two tables
        cells.text(row(sheet, n++), 0, "Revenue bridge by month (" + total.currency() + ")", cells.title);
        int lastColumn = monthTable(sheet, n, total, months, ranges, cells);

        // Columns serve both tables: wide enough for the total's labels and for the month table's money.
        int[] widths = {36, 28, 16, 18, 16, 28};
        for (int c = 0; c <= Math.max(widths.length - 1, lastColumn); c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 18) * 256);
        }
    }

    /** A new row by its 1-based number; a streaming sheet takes rows top to bottom only. */
    private static Row row(Sheet sheet, int number) {
        return sheet.createRow(number - 1);
    }

    private static void stepRow(Row row, BridgeStep step, Ranges ranges, Cells cells) {
        Rule rule = step.rule();
        int n = row.getRowNum() + 1;
        Cells.text(row, 0, "  " + Optional.ofNullable(rule.description()).orElse(rule.id()));
        Cells.text(row, 1, rule.id());
        Cells.text(row, 2, rule.view().label());
        Cells.formula(row, 3, "SUMIFS(" + ranges.adjustmentChange() + "," + ranges.adjustmentRule() + ",$B" + n + ")",
                step.amount(), cells.money);
        Cells.formula(row, 4, "COUNTIFS(" + ranges.adjustmentRule() + ",$B" + n + ")", step.entries(), cells.count);
        Cells.text(row, 5, rule.origin() == null ? null : rule.origin().toString());
    }

    /**
     * Month | Reported | each cash-view rule | Cash | each adjusted-view rule | Adjusted (bridge order, as in
     * the total), its header on 1-based row {@code headerRow}; returns the last column.
     */
    private static int monthTable(Sheet sheet, int headerRow, RevenueBridge total, List<RevenueBridge> months,
            Ranges ranges, Cells cells) {
        List<BridgeStep> cashSteps = total.cashSteps();
        List<BridgeStep> adjustedSteps = total.adjustedSteps();
        int cashColumn = 2 + cashSteps.size();
        int adjustedColumn = cashColumn + 1 + adjustedSteps.size();

        Row header = row(sheet, headerRow);
        cells.text(header, 0, "Month", cells.header);
        cells.text(header, 1, "Reported", cells.header);
        // The rule id, exactly: each step column's SUMIFS reads its criterion from this header cell.
        for (int i = 0; i < cashSteps.size(); i++) {
            cells.text(header, 2 + i, cashSteps.get(i).rule().id(), cells.header);
        }
        cells.text(header, cashColumn, "Cash", cells.header);
        for (int i = 0; i < adjustedSteps.size(); i++) {
            cells.text(header, cashColumn + 1 + i, adjustedSteps.get(i).rule().id(), cells.header);
        }
        cells.text(header, adjustedColumn, "Adjusted", cells.header);

        int n = headerRow;
        for (RevenueBridge month : months) {
            Row row = row(sheet, ++n);
            cells.month(row, 0, YearMonth.parse(month.period()));
            Cells.formula(row, 1, "SUMIFS(" + ranges.revenueAmount() + "," + ranges.revenueMonth() + ",$A" + n + ")",
                    month.reported(), cells.money);
            Map<String, BigDecimal> amounts = new HashMap<>();
            month.steps().forEach(s -> amounts.put(s.rule().id(), s.amount()));
            for (int i = 0; i < cashSteps.size(); i++) {
                monthStep(row, 2 + i, cashSteps.get(i), amounts, headerRow, n, ranges, cells);
            }
            Cells.formula(row, cashColumn, plusSteps("B" + n, n, 2, cashColumn - 1), month.cash(), cells.moneyBold);
            for (int i = 0; i < adjustedSteps.size(); i++) {
                monthStep(row, cashColumn + 1 + i, adjustedSteps.get(i), amounts, headerRow, n, ranges, cells);
            }
            Cells.formula(row, adjustedColumn, plusSteps(letter(cashColumn) + n, n, cashColumn + 1, adjustedColumn - 1),
                    month.adjusted(), cells.moneyBold);
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow - 1, n - 1, 0, adjustedColumn));
        return adjustedColumn;
    }

    /** One rule's change in one month: its adjustments whose rule is the column's header and month is column A. */
    private static void monthStep(Row row, int column, BridgeStep step, Map<String, BigDecimal> amounts, int headerRow,
            int n, Ranges ranges, Cells cells) {
        Cells.formula(row, column, "SUMIFS(" + ranges.adjustmentChange() + "," + ranges.adjustmentRule() + ","
                + letter(column) + "$" + headerRow + "," + ranges.adjustmentMonth() + ",$A" + n + ")",
                amounts.getOrDefault(step.rule().id(), BigDecimal.ZERO), cells.money);
    }

    /** {@code base+SUM(D4:D6)} over a column's rows, or {@code base} alone when there are no steps. */
    private static String plusSteps(String base, String column, int fromRow, int toRow) {
        return toRow < fromRow ? base : base + "+SUM(" + column + fromRow + ":" + column + toRow + ")";
    }

    /** {@code base+SUM(C7:D7)} over a row's columns (0-based), or {@code base} alone when there are none. */
    private static String plusSteps(String base, int row, int fromColumn, int toColumn) {
        return toColumn < fromColumn ? base
                : base + "+SUM(" + letter(fromColumn) + row + ":" + letter(toColumn) + row + ")";
    }

    private static String letter(int column) {
        return SourceRef.columnLetters(column);
    }

    /**
     * Why a rule id cannot be a SUMIFS criterion that matches only itself, or empty when it can: Excel
     * reads {@code * ? ~} as wildcards and a leading {@code = < >} as a comparison.
     */
    static Optional<String> criterionProblem(String id) {
        if (id.isEmpty()) {
            return Optional.of("is empty");
        }
        for (char c : new char[] {'*', '?', '~'}) {
            if (id.indexOf(c) >= 0) {
                return Optional.of("has '" + c + "', which Excel's SUMIFS reads as a wildcard");
            }
        }
        if ("=<>".indexOf(id.charAt(0)) >= 0) {
            return Optional.of("starts with '" + id.charAt(0) + "', which Excel's SUMIFS reads as a comparison");
        }
        return Optional.empty();
    }
}
