package io.haircut.workbook.cells;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way people type them in spreadsheets, exactly (BigDecimal from the digits, never a
 * double): "$1,234.56", "(1,234)" for a negative, "1.2M" and "450k", "12.5%", European "1.234,56" when
 * the file or mapping says the decimal mark is a comma, Indian lakh grouping "20,00,00,000" (two-digit groups
 * above the last three), and the dashes and "n/a" that mean "no figure". A grouping that is neither
 * ("1,2,3") is not a number ({@link #badGrouping} says why).
 */
public final class Numbers {

    /** What a cell held, read as a number. */
    public sealed interface Parsed permits Value, Percent, Missing, NotANumber {
    }

    /**
     * A number; {@code resolution} is the unit of its last stored digit (0.01 for "12.34", 1000 for "12k"),
     * the most a rounded figure can be off by twice over.
     */
    public record Value(BigDecimal value, BigDecimal resolution, boolean ownUnit) implements Parsed {
    }

    /** A percentage, as a fraction (12.5% is 0.125). */
    public record Percent(BigDecimal fraction) implements Parsed {
    }

    /** A marker meaning "no figure here" ("—", "-", "n/a"): reported, never read as zero. */
    public record Missing(String marker) implements Parsed {
    }

    record NotANumber() implements Parsed {
    }

    /**
     * Excel keeps 15 significant digits; digits beyond that in a stored value are binary noise
     * (0.30000000000000004), so numbers are rounded to 15 significant digits at this edge, once.
     */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final Set<String> MISSING = Set.of("-", "–", "—", "--", "n/a", "na", "n.a.", "n.a", "nm", "n.m.", "#n/a", "n/m");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern POINT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?|\\d{1,2}(,\\d{2})+,\\d{3}(\\.\\d*)?|\\d{1,3}([ '\u2009]\\d{3})+(\\.\\d*)?|\\d+(\\.\\d*)?|\\.\\d+|\\d+(\\.\\d*)?[eE][+-]?\\d+");
    private static final Pattern COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d*)?|\\d{1,3}([ '\u2009]\\d{3})+(,\\d*)?|\\d+(,\\d*)?|,\\d+");
    private static final Pattern CURRENCY = Pattern.compile("^(us\\$|[$€£¥₹]|usd|eur|gbp|jpy|chf|cad|aud|inr|rs\\.?)\\s*|\\s*(us\\$|[$€£¥₹]|usd|eur|gbp|jpy|chf|cad|aud|inr)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAGNITUDE = Pattern.compile("^(.*?\\d)\\s*(k|thousand|mm|mn|m|million|bn|b|billion)$", Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    public static Parsed parse(RawCell cell, boolean decimalComma) {
        String t = cell.text().trim();
        switch (cell.kind()) {
            case NUMBER -> {
                BigDecimal v = PLAIN.matcher(t).matches() ? CellLimits.decimal(t) : null;
                return v != null ? stored(v) : new NotANumber();
            }
            case PERCENT -> {
                BigDecimal v = PLAIN.matcher(t).matches() ? CellLimits.decimal(t) : null;
                return v != null ? new Percent(excelPrecision(v)) : new NotANumber();
            }
            case TEXT -> {
                return text(t, decimalComma);
            }
            default -> {
                return new NotANumber();
            }
        }
    }

    /**
     * A stored number cell: its own digits, at most 15 significant. Its resolution is one unit of the 15th
     * significant digit: a spreadsheet stores the full value (however it is displayed), so the only
     * rounding it carries is the binary noise of the double it was kept in.
     */
    private static Value stored(BigDecimal raw) {
        BigDecimal v = excelPrecision(raw);
        int exponent = v.signum() == 0 ? 0 : v.precision() - v.scale() - 1; // 1234.5 -> 3
        return new Value(v, BigDecimal.ONE.scaleByPowerOfTen(exponent - 14), false);
    }

    static BigDecimal excelPrecision(BigDecimal v) {
        return v.precision() > 15 ? v.round(EXCEL_PRECISION).stripTrailingZeros() : v;
    }

    /** Resolutions 1, 0.1, 0.01, ... for plain numbers, shared rather than made per cell. */
    private static final BigDecimal[] UNITS = new BigDecimal[12];

    static {
        for (int i = 0; i < UNITS.length; i++) {
            UNITS[i] = BigDecimal.ONE.movePointLeft(i);
        }
    }

    public static Parsed text(String original, boolean decimalComma) {
        Value plain = plain(original, decimalComma);
        if (plain != null) {
            return plain;
        }
        String t = original.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
        if (t.isEmpty()) {
            return new NotANumber();
        }
        if (MISSING.contains(t.toLowerCase(Locale.ROOT))) {
            return new Missing(t);
        }
        Peeled peeled = peel(t);
        if (peeled == null) {
            return new NotANumber();
        }
        t = peeled.text();
        boolean negative = peeled.negative();
        boolean percent = peeled.percent();
        BigDecimal multiplier = BigDecimal.ONE;
        boolean ownUnit = false;
        Matcher m = MAGNITUDE.matcher(t);
        if (!percent && m.matches()) {
            multiplier = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k", "thousand" -> new BigDecimal("1000");
                case "m", "mm", "mn", "million" -> new BigDecimal("1000000");
                default -> new BigDecimal("1000000000");
            };
            ownUnit = true;
            t = m.group(1).trim();
        }
        String digits = digits(t, decimalComma);
        if (digits == null) {
            return new NotANumber();
        }
        // Bounded: "1e999999999" would make every later sum a billion digits long (WorkbookLimits).
        BigDecimal v = CellLimits.decimal(digits);
        if (v == null) {
            return new NotANumber();
        }
        int decimals = Math.max(0, v.scale());
        BigDecimal resolution = BigDecimal.ONE.movePointLeft(decimals).multiply(multiplier);
        v = v.multiply(multiplier);
        if (negative) {
            v = v.negate();
        }
        if (percent) {
            return new Percent(v.movePointLeft(2));
        }
        return new Value(v, resolution, ownUnit);
    }

    /** The figure left once signs, brackets, currency marks and a percent sign are taken off. */
    private record Peeled(String text, boolean negative, boolean percent) {
    }

    /** Null when the text is not a figure: a plus sign left in front after peeling. */
    private static Peeled peel(String text) {
        String t = text;
        boolean negative = false;
        boolean percent = false;
        // Peel signs, brackets and currency marks in any order: "-$1,234", "$(1,234)", "(1.234,56 €)".
        for (boolean changed = true; changed; ) {
            changed = false;
            if (t.length() > 2 && t.startsWith("(") && t.endsWith(")")) {
                negative = !negative;
                t = t.substring(1, t.length() - 1).trim();
                changed = true;
            }
            if (t.length() > 1 && (t.startsWith("-") || t.startsWith("\u2212"))) {
                negative = !negative;
                t = t.substring(1).trim();
                changed = true;
            } else if (t.length() > 1 && t.endsWith("-")) {
                negative = !negative; // "1,234-" as some ledgers print a credit
                t = t.substring(0, t.length() - 1).trim();
                changed = true;
            }
            if (t.startsWith("+")) {
                return null;
            }
            Matcher c = CURRENCY.matcher(t);
            if (c.find() && c.end() - c.start() < t.length()) {
                t = (t.substring(0, c.start()) + t.substring(c.end())).trim();
                changed = true;
            }
            if (t.length() > 1 && t.endsWith("%") && !percent) {
                percent = true;
                t = t.substring(0, t.length() - 1).trim();
                changed = true;
            }
        }
        return new Peeled(t, negative, percent);
    }

    /** The plain digits with a point for decimals; null when the text does not read as a number in this notation. */
    private static String digits(String t, boolean decimalComma) {
        String digits;
        if (decimalComma) {
            if (!COMMA.matcher(t).matches()) {
                return null;
            }
            digits = t.replace(".", "").replace(" ", "").replace("'", "").replace("\u2009", "").replace(',', '.');
        } else {
            if (!POINT.matcher(t).matches()) {
                return null;
            }
            digits = t.replace(",", "").replace(" ", "").replace("'", "").replace("\u2009", "");
        }
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        return digits;
    }

    /**
     * The common case without regular expressions: "1234.56" or "-1234" (a million rows of a billing export are
     * mostly this). Null for anything else, which the full reading handles.
     */
    private static Value plain(String t, boolean decimalComma) {
        int n = t.length();
        if (n == 0 || n > 18) {
            return null;
        }
        char mark = decimalComma ? ',' : '.';
        int start = t.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        for (int i = start; i < n; i++) {
            char c = t.charAt(i);
            if (c == mark && point < 0 && i > start && i < n - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (start == n) {
            return null;
        }
        int decimals = point < 0 ? 0 : n - point - 1;
        if (decimals >= UNITS.length) {
            return null;
        }
        String digits = decimalComma && point >= 0 ? t.replace(',', '.') : t;
        BigDecimal v = CellLimits.decimal(digits);
        return v == null ? null : new Value(v, UNITS[decimals], false);
    }

    private static final Pattern MARK = Pattern.compile("^[-(\\s]*(us\\$|[$€£¥₹]|usd|eur|gbp|jpy|chf|cad|aud|inr|rs\\.?)|(us\\$|[$€£¥₹]|usd|eur|gbp|jpy|chf|cad|aud|inr)[)\\s]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The currency a number's own mark names ("₹1,23,456" INR, "€100" EUR, "100 GBP"), "$" for a bare
     * dollar sign (several currencies use it), empty when the text has no mark.
     */
    public static java.util.Optional<String> currencyMark(String text) {
        Matcher m = MARK.matcher(text.trim());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String mark = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return java.util.Optional.of(switch (mark) {
            case "$" -> "$";
            case "us$" -> "USD";
            case "₹", "rs", "rs." -> "INR";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> mark.toUpperCase(Locale.ROOT);
        });
    }

    /** Whether a mark can stand for the currency: "$" for any dollar (or peso) currency, a code or sign for itself. */
    public static boolean markFits(String mark, String currency) {
        return "$".equals(mark) ? java.util.Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN").contains(currency) : mark.equals(currency);
    }

    private static final Pattern GROUPED = Pattern.compile("[-(]?[$€£₹]?\\s*\\d[\\d,]*,\\d*(\\.\\d+)?\\)?");

    /**
     * Whether the text is digits separated by commas in groups that are neither thousands (1,234,567) nor
     * Indian lakhs (12,34,567): "1,2,3" is refused rather than read as 123.
     */
    public static boolean badGrouping(String text, boolean decimalComma) {
        String t = text.trim();
        return !decimalComma && GROUPED.matcher(t).matches() && text(t, false) instanceof NotANumber;
    }

    /** Whether the text is only possible with a decimal comma ("1.234,56", "12,5"): evidence for European numbers. */
    public static boolean looksEuropean(String text) {
        String t = text.trim().replace("€", "").replace("-", "").replace("(", "").replace(")", "").trim();
        return t.matches("\\d{1,3}(\\.\\d{3})+,\\d+|\\d+,\\d{1,2}");
    }

    /** Whether the text is only possible with a decimal point ("1,234.56", "12.5"). */
    public static boolean looksAnglo(String text) {
        String t = text.trim().replace("$", "").replace("-", "").replace("(", "").replace(")", "").trim();
        return t.matches("\\d{1,3}(,\\d{3})+\\.\\d+|\\d+\\.\\d{1,2}");
    }
}
