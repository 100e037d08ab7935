package io.haircut.workbook.cells;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a period column (or a block of them) holds: actual figures, a forecast (forecast, plan, outlook,
 * projected, a year marked "E"), a budget, or a variance against one. A header says it in a word
 * ("FY24 Budget", "Actual Jan-25"), a suffix on a year ("2022A", "2025E") or a cell above the periods
 * ("Actual" merged over the months). Unmarked columns are actuals.
 */
public enum ColumnBasis {
    ACTUAL("actual"),
    FORECAST("forecast"),
    BUDGET("budget"),
    VARIANCE("variance"),
    UNMARKED("actual");

    private final String label;

    ColumnBasis(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    private static final Pattern VARIANCE_WORD = Pattern.compile(
            "\\b(variance|var\\.?|vs\\.?|versus|delta|diff(erence)?|change|fav(ourable|orable)?|unfav(ourable|orable)?)\\b|%|Δ");
    private static final Pattern BUDGET_WORD = Pattern.compile("\\b(budget(ed)?|bud|bgt|target)\\b");
    private static final Pattern FORECAST_WORD = Pattern.compile("\\b(forecast(ed)?|fcst|fcast|fct|plan(ned)?|outlook|projected|projection|proj|estimated?|est|expected|reforecast|rf)\\b");
    private static final Pattern ACTUAL_WORD = Pattern.compile("\\b(actuals?|act|audited|unaudited|reported)\\b");
    /** "2022A", "FY2025E", "Q1 2025F", "2024B", "2026P": a letter right after the period's last digit. */
    private static final Pattern SUFFIX = Pattern.compile("(.*\\d)\\s?([aefbp])\\)?");

    /** The basis a header states, or UNMARKED. A header naming two (an "Actual vs Budget" column) is a variance. */
    public static ColumnBasis of(String header) {
        String t = normal(header);
        if (VARIANCE_WORD.matcher(t).find()) {
            return VARIANCE;
        }
        boolean budget = BUDGET_WORD.matcher(t).find();
        boolean forecast = FORECAST_WORD.matcher(t).find();
        boolean actual = ACTUAL_WORD.matcher(t).find();
        int words = (budget ? 1 : 0) + (forecast ? 1 : 0) + (actual ? 1 : 0);
        if (words > 1) {
            return VARIANCE;
        }
        if (words == 1) {
            return budget ? BUDGET : forecast ? FORECAST : ACTUAL;
        }
        Matcher m = SUFFIX.matcher(t);
        if (m.matches()) {
            return switch (m.group(2)) {
                case "a" -> ACTUAL;
                case "b" -> BUDGET;
                default -> FORECAST;
            };
        }
        return UNMARKED;
    }

    /** The header without its basis words or suffix: "FY24 Budget" is "fy24", "2025E" is "2025". */
    static String strip(String header) {
        String t = normal(header);
        String out = BUDGET_WORD.matcher(t).replaceAll(" ");
        out = FORECAST_WORD.matcher(out).replaceAll(" ");
        out = ACTUAL_WORD.matcher(out).replaceAll(" ");
        out = out.replaceAll("[()\\[\\]]", " ").replaceAll("^[\\s:\\-|]+|[\\s:\\-|]+$", "").replaceAll("\\s+", " ").trim();
        Matcher m = SUFFIX.matcher(out);
        if (m.matches()) {
            out = m.group(1).trim();
        }
        return out;
    }

    /** Whether a text cell says only a basis ("Actual", "Budget 2025" has a period too, so no). */
    public static boolean isBasisOnly(String text) {
        return of(text) != UNMARKED && strip(text).isEmpty();
    }

    private static String normal(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ");
    }
}
