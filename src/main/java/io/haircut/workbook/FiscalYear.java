package io.haircut.workbook;

import java.time.YearMonth;

/**
 * A company's fiscal year: the month it starts, and whether "FY2026" names the calendar year in which
 * the fiscal year ends (the usual US convention: Microsoft's FY2026 runs July 2025 to June 2026) or
 * the one in which it starts. The default, January and by end, makes fiscal years calendar years.
 */
record FiscalYear(int startMonth, boolean namedByEnd) {

    static final FiscalYear CALENDAR = new FiscalYear(1, true);

    FiscalYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("start month " + startMonth);
        }
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
}
