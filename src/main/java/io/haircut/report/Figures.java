package io.haircut.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How every report writes a figure: the one place amounts are rounded for showing (half-even), grouped in
 * thousands and given parentheses when negative, and where text from a file is made safe for a terminal.
 */
public final class Figures {

    private Figures() {
    }

    /** The amount rounded half-even to cents as a plain decimal: {@code -1234.50}. */
    public static String plain(BigDecimal amount) {
        return io.haircut.ledger.Money.cents(amount).toPlainString();
    }

    /** The amount rounded half-even to cents, with thousands separators; a negative in parentheses. */
    public static String grouped(BigDecimal amount) {
        return grouped(amount, 2, "");
    }

    /**
     * Half-even to {@code decimals}, thousands separators, {@code suffix} after the digits, a negative in
     * parentheses; a positive figure keeps a trailing space where a negative has ")" so the digits line up.
     */
    public static String grouped(BigDecimal value, int decimals, String suffix) {
        String text = thousands(value, decimals) + suffix;
        return value.setScale(decimals, RoundingMode.HALF_EVEN).signum() < 0 ? "(" + text + ")" : text + " ";
    }

    /** The absolute value half-even to {@code decimals} with thousands separators: {@code 1,234.5}. */
    public static String thousands(BigDecimal value, int decimals) {
        String digits = value.setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder whole = new StringBuilder(point < 0 ? digits : digits.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        return whole + (point < 0 ? "" : digits.substring(point));
    }

    /** A count with thousands separators: {@code 1,204}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 entry", "2 entries". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** Control characters from a file would move the cursor or recolour the terminal; show them as '?'. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** {@code text} followed by spaces to {@code width}. */
    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Spaces to {@code width}, then {@code text}. */
    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
