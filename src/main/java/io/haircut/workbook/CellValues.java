package io.haircut.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns raw cell text into typed values, exactly: numbers go from the file's digits to BigDecimal
 * without a double in between.
 */
final class CellValues {

    /**
     * Excel keeps 15 significant digits; digits beyond that in a stored value are binary noise
     * (0.30000000000000004), so numbers are rounded to 15 significant digits at this edge, once.
     */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Excel's 1900 date system counts 1900-02-29, which never existed; serials after it are one day ahead. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1900_BEFORE_LEAP_BUG = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

    private CellValues() {
    }

    /** An amount from a number cell, or from text like "1234.56", "$1,234.56", "(1,234.56)". Null if not a number. */
    static BigDecimal number(RawCell cell) {
        String t = cell.text().trim();
        if (cell.kind() == RawCell.Kind.NUMBER && PLAIN_NUMBER.matcher(t).matches()) {
            BigDecimal v = WorkbookLimits.decimal(t);
            return v == null ? null : excelPrecision(v);
        }
        if (cell.kind() != RawCell.Kind.TEXT) {
            return null;
        }
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1).trim();
        }
        if (t.startsWith("$")) {
            t = t.substring(1).trim();
        }
        t = t.replace(",", "");
        if (!PLAIN_NUMBER.matcher(t).matches() || t.startsWith("+") || t.startsWith("-")) {
            return null;
        }
        BigDecimal v = WorkbookLimits.decimal(t);
        return v == null ? null : negative ? v.negate() : v;
    }

    private static BigDecimal excelPrecision(BigDecimal v) {
        return v.precision() > 15 ? v.round(EXCEL_PRECISION).stripTrailingZeros() : v;
    }

    /** A whole number (a count of customers, a year). Null if not a whole number. */
    static Long whole(RawCell cell) {
        BigDecimal n = number(cell);
        if (n == null) {
            return null;
        }
        try {
            return n.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A date from a date cell, a serial number, or ISO text (2025-03-14). Null if none of those. */
    static LocalDate date(RawCell cell) {
        String t = cell.text().trim();
        switch (cell.kind()) {
            case DATE, NUMBER -> {
                boolean system1904 = t.startsWith("1904:");
                return fromSerial(system1904 ? t.substring(5) : t, system1904);
            }
            case TEXT -> {
                String day = t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ') ? t.substring(0, 10) : t;
                try {
                    return LocalDate.parse(day);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            default -> {
                return null;
            }
        }
    }

    /** A month from text (2025-03), a date's text (2025-03-01) or a date cell. Null if none of those. */
    static YearMonth month(RawCell cell) {
        if (cell.kind() == RawCell.Kind.TEXT) {
            String t = cell.text().trim();
            try {
                return YearMonth.parse(t);
            } catch (DateTimeParseException e) {
                // fall through: maybe a full date
            }
        }
        LocalDate d = date(cell);
        return d == null ? null : YearMonth.from(d);
    }

    private static LocalDate fromSerial(String text, boolean system1904) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            return null;
        }
        BigDecimal serial = WorkbookLimits.decimal(text);
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
