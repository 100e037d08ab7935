package io.haircut.workbook.cells;

import java.time.YearMonth;

/**
 * A company's fiscal year: the month it starts, and whether "FY2026" names the calendar year in which
 * the fiscal year ends (the usual US convention: Microsoft's FY2026 runs July 2025 to June 2026) or
 * the one in which it starts. The default, January and by end, makes fiscal years calendar years.
 *
 * <p>{@code periodsStart} is the mapping's {@code periods: { start: 2022-08 }}: the first month of a model
 * whose headers do not say their year ("Month 1", "Aug".."Jul", "FY17-18"); null when not given.
 * {@code periodsWhere} is where the mapping says it ("map.yaml:3"), for messages.
 */
public record FiscalYear(int startMonth, boolean namedByEnd, YearMonth periodsStart, String periodsWhere) {

    public static final FiscalYear CALENDAR = new FiscalYear(1, true);

    public FiscalYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("start month " + startMonth);
        }
    }

    public FiscalYear(int startMonth, boolean namedByEnd) {
        this(startMonth, namedByEnd, null, null);
    }

    public FiscalYear withPeriodsStart(YearMonth start, String where) {
        return new FiscalYear(startMonth, namedByEnd, start, where);
    }

    /** The first month of fiscal year {@code year}. */
    YearMonth firstMonth(int year) {
        if (!namedByEnd || startMonth == 1) {
            return YearMonth.of(year, startMonth);
        }
        return YearMonth.of(year - 1, startMonth);
    }

    /** The month numbered {@code month} (1..12) that falls inside fiscal year {@code year}. */
    YearMonth monthIn(int year, int month) {
        YearMonth first = firstMonth(year);
        YearMonth candidate = YearMonth.of(first.getYear(), month);
        return candidate.isBefore(first) ? candidate.plusYears(1) : candidate;
    }

    /** The first month of the fiscal year that contains {@code month}: where a year-to-date figure starts. */
    YearMonth yearStartFor(YearMonth month) {
        YearMonth first = YearMonth.of(month.getYear(), startMonth);
        return first.isAfter(month) ? first.minusYears(1) : first;
    }

    /**
     * The first month of a year named by two years ("FY17-18", "2017/18"): it starts in the first and ends
     * in the second, so its start month is not January. It comes from the fiscal year's start month, else
     * from the mapping's periods start; null when neither says it.
     */
    YearMonth splitYearStart(int firstYear) {
        if (startMonth != 1) {
            return YearMonth.of(firstYear, startMonth);
        }
        if (periodsStart != null && periodsStart.getMonthValue() != 1) {
            return YearMonth.of(firstYear, periodsStart.getMonthValue());
        }
        return null;
    }
}
