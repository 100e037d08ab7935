package io.haircut.workbook.cells;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates: Excel date cells in the 1900 and 1904 systems, serial numbers typed as text, ISO text,
 * US and European slash dates, and dates with month names ("14 Mar 2025", "March 14, 2025"). A slash
 * date both of whose parts could be the month is ambiguous unless an order is known.
 */
public final class Dates {

    public sealed interface Parsed permits Day, Ambiguous, NotADate {
    }

    public record Day(LocalDate date) implements Parsed {
    }

    /** "03/04/2025": 4 March if the month comes first, 3 April if the day does. */
    public record Ambiguous(LocalDate monthFirst, LocalDate dayFirst) implements Parsed {
    }

    public record NotADate() implements Parsed {
    }

    static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Excel's 1900 date system counts 1900-02-29, which never existed; serials after it are one day ahead. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1900_BEFORE_LEAP_BUG = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[Tt ].*)?");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[Tt ].*)?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]+([a-z]{3,9})\\.?[\\s\\-/.,]+(\\d{4}|\\d{2})(?: .*)?");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([a-z]{3,9})\\.?[\\s\\-/.]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s\\-/.,]+(\\d{4}|\\d{2})(?: .*)?");
    private static final Pattern WEEKDAY = Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
    /** Serials typed as text: 20000..80000 is 1954..2119, the only range where a bare number is plausibly a date. */
    private static final Pattern TEXT_SERIAL = Pattern.compile("[2-7]\\d{4}(\\.\\d+)?");

    private Dates() {
    }

    public static Parsed parse(RawCell cell, DateOrder order) {
        String t = cell.text().trim();
        return switch (cell.kind()) {
            case DATE, NUMBER -> {
                boolean system1904 = t.startsWith("1904:");
                LocalDate d = fromSerial(system1904 ? t.substring(5) : t, system1904);
                yield d == null ? new NotADate() : new Day(d);
            }
            case TEXT -> text(t, order);
            default -> new NotADate();
        };
    }

    static Parsed text(String original, DateOrder order) {
        Parsed iso = iso(original);
        if (iso != null) {
            return iso;
        }
        String t = WEEKDAY.matcher(original.trim().toLowerCase(Locale.ROOT)).replaceFirst("");
        Matcher m = YMD.matcher(t);
        if (m.matches()) {
            return day(num(m, 1), num(m, 2), num(m, 3));
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return day(num(m, 1), num(m, 2), num(m, 3));
        }
        m = SLASHED.matcher(t);
        if (m.matches()) {
            int a = num(m, 1);
            int b = num(m, 3);
            int y = year(m.group(4));
            // Dotted dates (14.03.2025) are a day-first convention; nobody writes month-first with dots.
            DateOrder effective = order != null ? order : m.group(2).equals(".") ? DateOrder.DAY_FIRST : null;
            if (a > 12 || b > 12 || a == b) {
                return a > 12 ? day(y, b, a) : day(y, a, b);
            }
            if (effective == DateOrder.MONTH_FIRST) {
                return day(y, a, b);
            }
            if (effective == DateOrder.DAY_FIRST) {
                return day(y, b, a);
            }
            Parsed mf = day(y, a, b);
            Parsed df = day(y, b, a);
            if (mf instanceof Day x && df instanceof Day z) {
                return new Ambiguous(x.date(), z.date());
            }
            return new NotADate();
        }
        m = DAY_MONTH_NAME.matcher(t);
        if (m.matches() && month(m.group(2)) > 0) {
            return day(year(m.group(3)), month(m.group(2)), num(m, 1));
        }
        m = MONTH_NAME_DAY.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            return day(year(m.group(3)), month(m.group(1)), num(m, 2));
        }
        if (TEXT_SERIAL.matcher(t).matches()) {
            LocalDate d = fromSerial(t, false);
            return d == null ? new NotADate() : new Day(d);
        }
        return new NotADate();
    }

    /** "2025-03-14" without regular expressions: the form a million-row export mostly has. Null for other text. */
    private static Parsed iso(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return day(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
    }

    /** Which order a slash date proves: 25/03/2025 proves day-first, 03/25/2025 month-first; null when it proves neither. */
    public static DateOrder evidence(RawCell cell) {
        if (cell.kind() != RawCell.Kind.TEXT) {
            return null;
        }
        Matcher m = SLASHED.matcher(cell.text().trim());
        if (!m.matches()) {
            return null;
        }
        int a = num(m, 1);
        int b = num(m, 3);
        if (a > 12 && b <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    /** 1..12 for a month name or its first three letters or more ("Sept", "September"), else 0. */
    public static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        int i = MONTHS.indexOf(w.substring(0, 3));
        if (i < 0) {
            return 0;
        }
        String full = java.time.Month.of(i + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        return full.startsWith(w) || (w.equals("sept")) ? i + 1 : 0;
    }

    /** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (Excel's own pivot). */
    static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Parsed day(int year, int month, int day) {
        try {
            return new Day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new NotADate();
        }
    }

    static LocalDate fromSerial(String text, boolean system1904) {
        if (!PLAIN.matcher(text).matches()) {
            return null;
        }
        BigDecimal serial = CellLimits.decimal(text);
        if (serial == null) {
            return null;
        }
        long days = serial.longValue(); // the fraction is the time of day
        if (days < 0 || days > LAST_EXCEL_SERIAL) {
            return null;
        }
        if (system1904) {
            return EPOCH_1904.plusDays(days);
        }
        if (days < 1) {
            return null;
        }
        return days < 61 ? EPOCH_1900_BEFORE_LEAP_BUG.plusDays(days) : EPOCH_1900.plusDays(days);
    }
}
