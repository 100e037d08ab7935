package io.haircut.xlsx;

import io.haircut.ledger.SourceRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The pieces the bridge's formulas are built from: the ranges of the data sheets they read, and a few
 * spellings. Formulas hold only cell references, functions and operators written here, never text from
 * the input: SUMIFS criteria are cell references to a rule id or month already in the sheet.
 */
final class BridgeFormulas {

    /** Ranges of the data sheets that the formulas read, built from our own constants and row counts. */
    record Ranges(String revenueAmount, String revenueMonth, String adjustmentChange, String adjustmentRule,
            String adjustmentDate) {

        static Ranges of(RevenueSheet.Layout revenue, int adjustmentsLastRow) {
            // At least row 2, so an empty sheet gives an empty range below the header, not one with it.
            int rLast = Math.max(RevenueSheet.FIRST_DATA_ROW, revenue.lastRow());
            int aLast = Math.max(2, adjustmentsLastRow);
            return new Ranges(
                    range(RevenueSheet.NAME, RevenueSheet.AMOUNT_COLUMN, rLast),
                    range(RevenueSheet.NAME, revenue.monthColumn(), rLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.CHANGE_COLUMN, aLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.RULE_COLUMN, aLast),
                    range(AdjustmentsSheet.NAME, AdjustmentsSheet.DATE_COLUMN, aLast));
        }

        private static String range(String sheet, String column, int lastRow) {
            return sheet + "!$" + column + "$2:$" + column + "$" + lastRow;
        }
    }

    private BridgeFormulas() {
    }

    /** {@code base+SUM(D4:D6)} over a column's rows, or {@code base} alone when there are no steps. */
    static String plusSteps(String base, String column, int fromRow, int toRow) {
        return toRow < fromRow ? base : base + "+SUM(" + column + fromRow + ":" + column + toRow + ")";
    }

    /** {@code base+SUM(C7:D7)} over a row's columns (0-based), or {@code base} alone when there are none. */
    static String plusSteps(String base, int row, int fromColumn, int toColumn) {
        return toColumn < fromColumn ? base
                : base + "+SUM(" + letter(fromColumn) + row + ":" + letter(toColumn) + row + ")";
    }

    /** {@code IF(B7=0,0,F7/B7)}: a share of reported revenue, 0 when there is none to divide by. */
    static String shareOf(String part, String whole) {
        return "IF(" + whole + "=0,0," + part + "/" + whole + ")";
    }

    /**
     * The cached value of {@link #shareOf}: part / whole to 10 decimals, half-even (shown as a percentage
     * with one decimal, so the rounding never shows), 0 when whole is 0 as the formula says.
     */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 10, RoundingMode.HALF_EVEN);
    }

    static String letter(int column) {
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
