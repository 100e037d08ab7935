package io.haircut.coverage;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rates and prices an analyst types: growth and decay as {@code 40%} or {@code 0.4}, and a
 * dollar figure per GW-year as {@code 2000000000}, {@code 2,000,000,000}, {@code $2B} or {@code 1500M}.
 * Every mistake is one line naming the option and what was expected.
 */
public final class Rates {

    /** 1000% a year: the highest growth a scenario or the break-even search considers. */
    public static final BigDecimal HIGHEST_GROWTH = BigDecimal.TEN;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DOLLARS = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)(k|m|b|bn)?");

    private Rates() {
    }

    /** {@code 40%} -> 0.40, {@code -5%} -> -0.05, {@code 0.4} -> 0.4 (a fraction when there is no % sign). */
    public static BigDecimal percent(String text, String option) {
        String t = text == null ? "" : text.trim();
        boolean percent = t.endsWith("%");
        String digits = percent ? t.substring(0, t.length() - 1).trim() : t;
        if (!NUMBER.matcher(digits).matches()) {
            throw new HaircutException(option + ": expected a rate such as 40% or 0.4, found '" + text + "'");
        }
        BigDecimal v = new BigDecimal(digits);
        return percent ? v.movePointLeft(2) : v;
    }

    /** A positive dollar amount: digits with optional $ and thousands commas, and an optional k, M or B multiplier. */
    public static BigDecimal dollars(String text, String option) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        Matcher m = DOLLARS.matcher(t);
        if (!m.matches()) {
            throw new HaircutException(option + ": expected dollars such as 2000000000, 2,000,000,000 or 2B, found '" + text + "'");
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String unit = m.group(3) == null ? "" : m.group(3);
        v = switch (unit) {
            case "k" -> v.movePointRight(3);
            case "m" -> v.movePointRight(6);
            case "b", "bn" -> v.movePointRight(9);
            default -> v;
        };
        if (v.signum() <= 0) {
            throw new HaircutException(option + ": expected dollars above 0, found '" + text + "'");
        }
        return v;
    }

    static void requireGrowth(BigDecimal growth, String option) {
        if (growth == null) {
            throw new HaircutException(option + ": a growth rate is required, such as 40%");
        }
        if (growth.compareTo(BigDecimal.ONE.negate()) <= 0 || growth.compareTo(HIGHEST_GROWTH) > 0) {
            throw new HaircutException(option + ": " + asPercent(growth) + " is out of range; expected more than -100% and at most "
                    + asPercent(HIGHEST_GROWTH) + " a year, written like 40% or 0.4");
        }
    }

    static void requireDecay(BigDecimal decay, String option) {
        if (decay == null || decay.signum() < 0 || decay.compareTo(BigDecimal.ONE) > 0) {
            throw new HaircutException(option + ": " + (decay == null ? "nothing" : asPercent(decay))
                    + " is out of range; expected 0% to 100% (the share by which the growth rate shrinks each year)");
        }
    }

    /** 0.4 -> "40%", for messages: exact, no rounding. */
    static String asPercent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
