package io.haircut.xlsx.sheets;

import io.haircut.ledger.SourceRef;
import io.haircut.xlsx.sources.SheetSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pieces the bridge's formulas are built from: the ranges of the data sheets they read, and a few
 * spellings. Formulas hold only cell references, functions and operators written here, never text from
 * the input: SUMIFS criteria are cell references to a rule id or month already in the sheet.
 */
public final class BridgeFormulas {

    /**
     * The data sheets that the formulas read, by part (a table longer than a sheet is in parts, {@link SheetSplit}),
     * built from our own constants and row counts; each formula reads every part.
     */
    public record Ranges(List<Part> revenue, String revenueMonthColumn, List<Part> adjustments) {

        public static Ranges of(RevenueSheet.Layout revenue, int[] adjustmentsLastRows) {
            return new Ranges(parts(RevenueSheet.NAME, revenue.lastRows()), revenue.monthColumn(),
                    parts(AdjustmentsSheet.NAME, adjustmentsLastRows));
        }

        private static List<Part> parts(String table, int[] lastRows) {
            List<Part> parts = new ArrayList<>(lastRows.length);
            for (int p = 0; p < lastRows.length; p++) {
                // At least row 2, so an empty sheet gives an empty range below the header, not one with it.
                parts.add(new Part(SheetSplit.name(table, p), Math.max(2, lastRows[p])));
            }
            return parts;
        }

        /** {@code SUM(Revenue!$E$2:$E$9,'Revenue (2)'!$E$2:$E$4)}: reported revenue. */
        String revenueSum() {
            return "SUM(" + join(revenue, ",", p -> p.column(RevenueSheet.AMOUNT_COLUMN)) + ")";
        }

        /** The count of revenue entries. */
        String revenueCount() {
            return "COUNT(" + join(revenue, ",", p -> p.column(RevenueSheet.AMOUNT_COLUMN)) + ")";
        }

        /** Reported revenue of the month in {@code monthCell}: a SUMIFS a part, added. */
        String revenueOfMonth(String monthCell) {
            return join(revenue, "+", p -> "SUMIFS(" + p.column(RevenueSheet.AMOUNT_COLUMN) + ","
                    + p.column(revenueMonthColumn) + "," + monthCell + ")");
        }

        /** The adjustments of the rule whose id is in {@code ruleCell}. */
        String adjustmentsOfRule(String ruleCell) {
            return join(adjustments, "+", p -> "SUMIFS(" + p.column(AdjustmentsSheet.CHANGE_COLUMN) + ","
                    + p.column(AdjustmentsSheet.RULE_COLUMN) + "," + ruleCell + ")");
        }

        /** The rows of the rule whose id is in {@code ruleCell}: the entries it changed or marked. */
        String adjustmentRowsOfRule(String ruleCell) {
            return join(adjustments, "+", p -> "COUNTIFS(" + p.column(AdjustmentsSheet.RULE_COLUMN) + "," + ruleCell + ")");
        }

        /** The adjustments of the rule in {@code ruleCell} dated in the month whose first day is in {@code monthCell}. */
        String adjustmentsOfRuleInMonth(String ruleCell, String monthCell) {
            return join(adjustments, "+", p -> {
                String date = p.column(AdjustmentsSheet.DATE_COLUMN);
                return "SUMIFS(" + p.column(AdjustmentsSheet.CHANGE_COLUMN) + "," + p.column(AdjustmentsSheet.RULE_COLUMN) + ","
                        + ruleCell + "," + date + ",\">=\"&" + monthCell + "," + date + ",\"<\"&DATE(YEAR(" + monthCell
                        + "),MONTH(" + monthCell + ")+1,1))";
            });
        }

        private static String join(List<Part> parts, String between, Function<Part, String> each) {
            StringBuilder out = new StringBuilder();
            for (Part p : parts) {
                out.append(out.length() == 0 ? "" : between).append(each.apply(p));
            }
            return out.toString();
        }
    }

    /** One part of a data sheet: its name and last row. */
    record Part(String sheet, int lastRow) {

        /** {@code 'Revenue (2)'!$E$2:$E$4}: the column's data rows. */
        String column(String letter) {
            return SheetSplit.reference(sheet) + "!$" + letter + "$2:$" + letter + "$" + lastRow;
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
    public static Optional<String> criterionProblem(String id) {
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
