package io.haircut.workbook.cells;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads period labels in the headers of wide tables and in month columns: months ("Jan-26", "2026-01",
 * "January 2026", a real date), quarters ("Q1 FY26", "Q1 2026", "1Q26"), halves ("H1 2026"), fiscal and
 * calendar years ("FY2025", "2025"), a month name alone ("Jan": the year comes from a row above), and
 * total columns ("Total", "FY25 Total", "YTD").
 */
public final class Periods {

    /** A span of whole months: 1 (a month), 3 (a quarter), 6, or 12 (a year). */
    public record Span(YearMonth first, int months) {

        public YearMonth last() {
            return first.plusMonths(months - 1L);
        }

        public LocalDate lastDay() {
            return last().atEndOfMonth();
        }

        public boolean contains(Span other) {
            return !other.first.isBefore(first) && !other.last().isAfter(last());
        }

        @Override
        public String toString() {
            return months == 1 ? first.toString() : first + ".." + last();
        }

        public io.haircut.ledger.Span toLedger() {
            return new io.haircut.ledger.Span(first, months);
        }
    }

    public sealed interface Parsed permits Period, MonthOnly, Total, NotAPeriod, Numbered, Unplaced {
    }

    /** "Month 7" or "Year 2": the n-th month (or year) of a model, placed by the mapping's periods start. */
    public record Numbered(int n, int months) implements Parsed {
    }

    /** A period label whose months cannot be told without more from the analyst ("FY17-18" with calendar fiscal years). */
    public record Unplaced(String why) implements Parsed {
    }

    public record Period(Span span) implements Parsed {
    }

    /** A month name without a year; {@code fiscal} when a fiscal year above it must place it. */
    public record MonthOnly(int month) implements Parsed {
    }

    /** A total column; {@code span} is null for a plain "Total" over the columns before it. */
    public record Total(Span span) implements Parsed {
    }

    public record NotAPeriod() implements Parsed {
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
    private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /** "12 months ended dec. 31, 2022", "three months ended september 30, 2023", "year ended ...", "quarter ending ...". */
    private static final Pattern ENDED = Pattern.compile("(?:" + COUNT + "[\\s-]*months?|(fiscal year|year|twelve months|quarter|half[\\s-]?year))"
            + "\\s+(?:ended|ending|to)\\s*(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(month|mo|m|year|yr|y)[\\s\\-#.]*(\\d{1,3})");
    private static final Pattern YTD = Pattern.compile("(?:ytd|year to date)[\\s\\-:]*(.+)|(.+?)[\\s\\-]*(?:ytd|year to date)");
    private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private Periods() {
    }

    public static Parsed parse(RawCell cell, FiscalYear fy) {
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

    public static Parsed text(String original, FiscalYear fy) {
        String t = ColumnBasis.strip(original.replace('\u00a0', ' '));
        if (t.isEmpty()) {
            return new NotAPeriod();
        }
        Parsed p = label(t, fy);
        if (!(p instanceof NotAPeriod)) {
            return p;
        }
        Parsed ended = ended(t, fy);
        if (ended != null) {
            return ended;
        }
        Matcher ytd = YTD.matcher(t);
        if (ytd.matches()) {
            // "YTD Sep-25": the fiscal year's months up to September 2025, a figure of its own.
            Parsed to = label((ytd.group(1) != null ? ytd.group(1) : ytd.group(2)).trim(), fy);
            if (to instanceof Period period && period.span().months() == 1) {
                YearMonth last = period.span().first();
                YearMonth first = fy.yearStartFor(last);
                return new Period(new Span(first, (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1));
            }
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

    /** The months a duration header names ("12", "three", "year"), or -1. */
    public static int duration(String text) {
        Matcher m = ENDED.matcher(ColumnBasis.strip(text.replace('\u00a0', ' ')));
        if (!m.matches()) {
            return -1;
        }
        if (m.group(1) != null) {
            int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : COUNTS.indexOf(m.group(1)) + 1;
            return n >= 1 && n <= 24 ? n : -1;
        }
        return switch (m.group(2)) {
            case "quarter" -> 3;
            case "half year", "half-year", "halfyear" -> 6;
            default -> 12;
        };
    }

    /** "12 Months Ended Dec. 31, 2022": the duration ending in the date's month; null if not that form. */
    private static Parsed ended(String t, FiscalYear fy) {
        Matcher m = ENDED.matcher(t);
        if (!m.matches() || m.group(3).isBlank()) {
            return null;
        }
        int months = duration(t);
        if (months < 1) {
            return null;
        }
        String date = m.group(3).trim();
        YearMonth last = null;
        Dates.Parsed d = Dates.text(date, null);
        if (d instanceof Dates.Day day) {
            last = YearMonth.from(day.date());
        } else if (label(date, fy) instanceof Period p && p.span().months() == 1) {
            last = p.span().first();
        }
        return last == null ? null : new Period(new Span(last.minusMonths(months - 1L), months));
    }

    private static Parsed label(String t, FiscalYear fy) {
        Matcher m;
        if ((m = NUMBERED.matcher(t)).matches()) {
            int n = Integer.parseInt(m.group(2));
            return n < 1 ? new NotAPeriod() : new Numbered(n, m.group(1).startsWith("m") ? 1 : 12);
        }
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
                int start = Dates.year(m.group(1));
                if (end == start + 1 && fy.startMonth() == 1) {
                    // A year over two calendar years cannot start in January: its start month must be given.
                    YearMonth first = fy.splitYearStart(start);
                    return first == null ? new Unplaced("names two calendar years (" + start + " and " + end + "), so its year does not start"
                            + " in January, and the start month is not known") : new Period(new Span(first, 12));
                }
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
    public static YearMonth month(RawCell cell, DateOrder order) {
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
