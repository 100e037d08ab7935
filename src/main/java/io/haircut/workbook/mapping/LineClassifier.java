package io.haircut.workbook.mapping;

import io.haircut.workbook.cells.RawCell;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a plan's drivers from its amounts: a line whose unit cell or label says it is a count ("Number
 * of Orders", unit {@code #}), an average or price ("Average Order Value", "ARPU", "$/order"), a
 * per-unit figure (anything under "Cost of Goods Sold (per order)") or a percentage is never an amount,
 * whatever section it sits in, so it is never added into revenue or costs. Also the words that keep a
 * line from being revenue although it says "sales" ("Travel - Sales Team", "Sales proceeds").
 */
public final class LineClassifier {

    private static final Pattern COUNT_LABEL = Pattern.compile(
            "^(total )?(number|no|num|count) of\\b.*|.*\\b(headcount|head count|ftes?|units sold|volume|quantity|qty|count)$|^(#|no\\.) .*");
    private static final Pattern PRICE_LABEL = Pattern.compile(
            ".*\\b(average|avg|aov|arpu|arpa|arppu|acv|asp|price|prices|pricing|unit price|unit cost|per unit|per order|per customer|per user"
                    + "|per seat|per head|per transaction|per employee|per subscriber|per account|per share|eps)\\b.*"
                    // Any other "X per Y" is a rate, except "per month" and the like, which only name an amount's period.
                    + "|.*(?<!\\bas )\\bper (?!(month|year|annum|quarter|week|day|period)\\b)[a-z]+.*");
    private static final Pattern PERCENT_LABEL = Pattern.compile(".*\\b(percent|percentage|pct|margin|growth|yoy|mom|ratio|rate|conversion)\\b.*");
    private static final Pattern COUNT_UNIT = Pattern.compile("#|no\\.?|nos\\.?|count|units?|qty|quantity|people|ftes?|days|months|hours|hrs");
    private static final Pattern PERCENT_UNIT = Pattern.compile("%|percent|pct|bps|x");
    private static final Pattern PER_UNIT = Pattern.compile(".*(/|\\bper\\b).*");
    /** Words that make a line something other than revenue even when it says "sales" or "revenue". */
    private static final Pattern NOT_REVENUE = Pattern.compile(".*\\b(cost|costs|expense|expenses|travel|conveyance|salary|salaries|wages|payroll"
            + "|team|commissions?|purchases?|settlements?|proceeds|receivables?|payables?|deferred|unearned|returns|allowances?|refunds?|rebates?"
            + "|bad debt|provisions?|backlog|pipeline|bookings|budget|quota|target|tax|taxes)\\b.*");

    private LineClassifier() {
    }

    /**
     * Why a line is a driver, not an amount ("a count", "an average or price", "a percentage",
     * "a per-unit figure"); empty for an amount. {@code unit} is the line's unit cell (null if none).
     */
    public static Optional<String> driver(String label, String unit) {
        String k = Dictionary.key(label);
        String raw = label.toLowerCase(Locale.ROOT);
        if (unit != null) {
            String u = unit.trim().toLowerCase(Locale.ROOT).replaceAll("[()\\[\\]]", "");
            if (COUNT_UNIT.matcher(u).matches()) {
                return Optional.of("a count (unit '" + unit.trim() + "')");
            }
            if (PERCENT_UNIT.matcher(u).matches()) {
                return Optional.of("a percentage (unit '" + unit.trim() + "')");
            }
            if (PER_UNIT.matcher(u).matches()) {
                return Optional.of("a per-unit figure (unit '" + unit.trim() + "')");
            }
        }
        if (COUNT_LABEL.matcher(k).matches() || raw.startsWith("#")) {
            return Optional.of("a count");
        }
        if (PRICE_LABEL.matcher(k).matches() || raw.matches(".*[$€£]\\s*/\\s*\\w.*")) {
            return Optional.of("an average, price or per-unit figure");
        }
        if (raw.contains("%") || PERCENT_LABEL.matcher(k).matches() && !k.matches("^gross (profit|margin)$")) {
            return Optional.of("a percentage or ratio");
        }
        return Optional.empty();
    }

    /** A heading over per-unit figures: "Cost of Goods Sold (per order)", "Unit economics", "Drivers", "Assumptions". */
    static boolean driverHeading(String label) {
        String k = Dictionary.key(label);
        return PRICE_LABEL.matcher(k).matches() || k.matches(".*\\b(drivers?|assumptions?|unit economics|inputs)\\b.*");
    }

    /** Whether the words of a line keep it from being revenue although it names sales or revenue. */
    static boolean notRevenue(String key) {
        return NOT_REVENUE.matcher(key).matches();
    }

    /**
     * The unit cell of a line: a short text cell between its label and its figures ("#", "$", "%", "units").
     * Null when there is none.
     */
    public static String unit(List<RawCell> labelCells, RawCell labelCell) {
        if (labelCell == null) {
            return null;
        }
        for (RawCell c : labelCells) {
            if (c.column() > labelCell.column() && c.kind() == RawCell.Kind.TEXT && c.text().trim().length() <= 12) {
                return c.text().trim();
            }
        }
        return null;
    }
}
