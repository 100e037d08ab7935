package io.haircut.workbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads period labels in the headers of wide tables and in month columns: months ("Jan-26", "2026-01",
 * "January 2026", a real date), quarters ("Q1 FY26", "Q1 2026", "1Q26"), halves ("H1 2026"), fiscal and
 * calendar years ("FY2025", "2025"), a month name alone ("Jan": the year comes from a row above), and
 * total columns ("Total", "FY25 Total", "YTD").
 */
final class Periods {

    /** A span of whole months: 1 (a month), 3 (a quarter), 6, or 12 (a year). */
    record Span(YearMonth first, int months) {

        YearMonth last() {
            return first.plusMonths(months - 1L);
        }

        LocalDate lastDay() {
            return last().atEndOfMonth();
        }

        boolean contains(Span other) {
            return !other.first.isBefore(first) && !other.last().isAfter(last());
        }

        @Override
        public String toString() {
            return months == 1 ? first.toString() : first + ".." + last();
        }
    }

    sealed interface Parsed permits Period, MonthOnly, Total, NotAPeriod {
    }

    record Period(Span span) implements Parsed {
    }

    /** A month name without a year; {@code fiscal} when a fiscal year above it must place it. */
    record MonthOnly(int month) implements Parsed {
    }

    /** A total column; {@code span} is null for a plain "Total" over the columns before it. */
    record Total(Span span) implements Parsed {
    }

    record NotAPeriod() implements Parsed {
    }

    private static final String MON = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String YY = "(\\d{4}|\\d{2})";
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_YEAR_NUM = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile(MON + "[\\s\\-'/]*" + YY);
    private static final Pattern YEAR_MONTH_NAME = Pattern.compile("(\\d{4})[\\s\\-/]+" + MON);
    private static final Pattern MONTH_NAME = Pattern.compile(MON);
    private static final Pattern QUARTER = Pattern.compile("q([1-4])[\\s\\-'/]*(fy|cy)?[\\s\\-']*" + YY);
    private static final Pattern QUARTER_AFTER = Pattern.compile("(fy|cy)?[\\s\\-']*" + YY + "[\\s\\-/]*q([1-4])");
    private static final Pattern QUARTER_DIGIT_FIRST = Pattern.compile("([1-4])q[\\s\\-']*(fy|cy)?[\\s\\-']*" + YY);
    private static final Pattern HALF = Pattern.compile("h([12])[\\s\\-'/]*(fy|cy)?[\\s\\-']*" + YY);
    private static final Pattern FISCAL = Pattern.compile("fy[\\s\\-']*" + YY + "(?:[/-]" + YY + ")?");
    private static final Pattern CALENDAR = Pattern.compile("(?:cy|calendar(?: year)?)[\\s\\-']*" + YY);
    private static final Pattern BARE_YEAR = Pattern.compile("(19[5-9]\\d|20\\d{2}|21\\d{2})");
    private static final Pattern TOTAL = Pattern.compile("(?:grand )?totals?|sum|ytd|ltm|ttm|full year|annual|year total");

    private Periods() {
    }

    static Parsed parse(RawCell cell, FiscalYear fy) {
        switch (cell.kind()) {
            case DATE -> {
                Dates.Parsed d = Dates.parse(cell, null);
                return d instanceof Dates.Day day ? month(YearMonth.from(day.date())) : new NotAPeriod();
            }
            case NUMBER -> {
                // A year typed as a number: "2026", stored as "2026" or "2026.0".
                String t = cell.text().trim();
                if (t.matches("\\d{4}(\\.0+)?")) {
                    String digits = t.substring(0, 4);
                    if (BARE_YEAR.matcher(digits).matches()) {
                        return year(Integer.parseInt(digits), fy);
                    }
                }
                return new NotAPeriod();
            }
            case TEXT -> {
                return text(cell.text(), fy);
            }
            default -> {
                return new NotAPeriod();
            }
        }
    }

    static Parsed text(String original, FiscalYear fy) {
        String t = original.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ");
        Parsed p = label(t, fy);
        if (!(p instanceof NotAPeriod)) {
            return p;
        }
        // "FY2025 Total", "Total FY25", "Total 2025": a total column over a stated period.
        Matcher total = Pattern.compile("(?:(.+?)\\s+)?(?:" + TOTAL.pattern() + ")(?:\\s+(.+))?").matcher(t);
        if (total.matches()) {
            String rest = total.group(1) != null ? total.group(1) : total.group(2);
            if (rest == null) {
                return new Total(null);
            }
            Parsed inner = label(rest.trim(), fy);
            return inner instanceof Period period ? new Total(period.span()) : new NotAPeriod();
        }
        // A full date typed as text: the month it falls in.
        Dates.Parsed d = Dates.text(t, null);
        if (d instanceof Dates.Day day && !t.matches("\\d+(\\.\\d+)?")) {
            return month(YearMonth.from(day.date()));
        }
        return new NotAPeriod();
    }

    private static Parsed label(String t, FiscalYear fy) {
        Matcher m;
        if ((m = ISO_MONTH.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_YEAR_NUM.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_NAME_YEAR.matcher(t)).matches() && Dates.month(word(t)) > 0) {
            return month(Dates.year(m.group(2)), Dates.month(word(t)));
        }
        if ((m = YEAR_MONTH_NAME.matcher(t)).matches() && Dates.month(t.substring(m.start(2)).replace(".", "")) > 0) {
            return month(Integer.parseInt(m.group(1)), Dates.month(t.substring(m.start(2)).replace(".", "")));
        }
        if (MONTH_NAME.matcher(t).matches() && Dates.month(t.replace(".", "")) > 0) {
            return new MonthOnly(Dates.month(t.replace(".", "")));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), "fy".equals(m.group(2)), Dates.year(m.group(3)), fy);
        }
        if ((m = QUARTER_AFTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(3)), "fy".equals(m.group(1)), Dates.year(m.group(2)), fy);
        }
        if ((m = QUARTER_DIGIT_FIRST.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), "fy".equals(m.group(2)), Dates.year(m.group(3)), fy);
        }
        if ((m = HALF.matcher(t)).matches()) {
            int year = Dates.year(m.group(3));
            YearMonth first = "fy".equals(m.group(2)) ? fy.firstMonth(year) : YearMonth.of(year, 1);
            return new Period(new Span(first.plusMonths(6L * (Integer.parseInt(m.group(1)) - 1)), 6));
        }
        if ((m = FISCAL.matcher(t)).matches()) {
            // "FY2025/26" names both years: it is the fiscal year that ends in the second.
            if (m.group(2) != null) {
                int end = Dates.year(m.group(2).length() == 2 ? m.group(1).substring(0, Math.max(0, m.group(1).length() - 2)) + m.group(2) : m.group(2));
                return year(fy.namedByEnd() ? end : end - 1, fy);
            }
            return year(Dates.year(m.group(1)), fy);
        }
        if ((m = CALENDAR.matcher(t)).matches()) {
            return new Period(new Span(YearMonth.of(Dates.year(m.group(1)), 1), 12));
        }
        if (BARE_YEAR.matcher(t).matches()) {
            return year(Integer.parseInt(t), fy);
        }
        return new NotAPeriod();
    }

    private static String word(String t) {
        Matcher w = Pattern.compile("[a-z]+").matcher(t);
        return w.find() ? w.group() : "";
    }

    private static Parsed month(int year, int month) {
        if (month < 1 || month > 12 || year < 1900 || year > 2200) {
            return new NotAPeriod();
        }
        return month(YearMonth.of(year, month));
    }

    private static Parsed month(YearMonth m) {
        return new Period(new Span(m, 1));
    }

    /** A bare year or "FY2025" is a fiscal year; with the default calendar fiscal year that is January to December. */
    static Parsed year(int year, FiscalYear fy) {
        return new Period(new Span(fy.firstMonth(year), 12));
    }

    private static Parsed quarter(int q, boolean fiscal, int year, FiscalYear fy) {
        YearMonth first = fiscal ? fy.firstMonth(year) : YearMonth.of(year, 1);
        return new Period(new Span(first.plusMonths(3L * (q - 1)), 3));
    }

    /** A month column's value: "2025-03", "Mar-25", "March 2025", a date cell or date text. Null if none of those. */
    static YearMonth month(RawCell cell, DateOrder order) {
        if (cell.kind() == RawCell.Kind.TEXT) {
            Parsed p = text(cell.text(), FiscalYear.CALENDAR);
            if (p instanceof Period period && period.span().months() == 1) {
                return period.span().first();
            }
            Dates.Parsed d = Dates.text(cell.text(), order);
            return d instanceof Dates.Day day ? YearMonth.from(day.date()) : null;
        }
        if (cell.kind() == RawCell.Kind.DATE || cell.kind() == RawCell.Kind.NUMBER) {
            Dates.Parsed d = Dates.parse(cell, order);
            return d instanceof Dates.Day day ? YearMonth.from(day.date()) : null;
        }
        return null;
    }
}
