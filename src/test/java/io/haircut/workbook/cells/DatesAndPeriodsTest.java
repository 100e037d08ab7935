package io.haircut.workbook.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DatesAndPeriodsTest {

    private static LocalDate day(String text, DateOrder order) {
        Dates.Parsed p = Dates.text(text, order);
        assertThat(p).as(text).isInstanceOf(Dates.Day.class);
        return ((Dates.Day) p).date();
    }

    private static Periods.Span span(String text, FiscalYear fy) {
        Periods.Parsed p = Periods.text(text, fy);
        assertThat(p).as(text).isInstanceOf(Periods.Period.class);
        return ((Periods.Period) p).span();
    }

    @Test
    void textDates() {
        LocalDate pi = LocalDate.of(2025, 3, 14);
        for (String t : new String[] {"2025-03-14", "2025-03-14T10:00:00Z", "2025/03/14", "20250314", "03/14/2025", "14/03/2025",
                "14.03.2025", "Mar 14, 2025", "March 14 2025", "14 Mar 2025", "14-Mar-25", "Friday, 14 March 2025", "3/14/25"}) {
            assertThat(day(t, null)).as(t).isEqualTo(pi);
        }
        // Serial 45658 is 2025-01-01 in Excel's 1900 system; 14 March is 31 + 28 + 13 = 72 days later.
        assertThat(day("45730", null)).isEqualTo(pi);
    }

    @Test
    void slashDatesWhosePartsCouldBothBeTheMonthNeedAnOrder() {
        assertThat(Dates.text("03/04/2025", null)).isEqualTo(new Dates.Ambiguous(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 3)));
        assertThat(day("03/04/2025", DateOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(day("03/04/2025", DateOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(day("04/04/2025", null)).isEqualTo(LocalDate.of(2025, 4, 4)); // the same either way
        assertThat(Dates.evidence(new RawCell(0, RawCell.Kind.TEXT, "03/25/2025"))).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(Dates.evidence(new RawCell(0, RawCell.Kind.TEXT, "25/03/2025"))).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(Dates.evidence(new RawCell(0, RawCell.Kind.TEXT, "03/04/2025"))).isNull();
        assertThat(Dates.text("31/02/2025", null)).isInstanceOf(Dates.NotADate.class);
    }

    @Test
    void dateCellsInBothSystems() {
        assertThat(((Dates.Day) Dates.parse(new RawCell(0, RawCell.Kind.DATE, "45730"), null)).date()).isEqualTo(LocalDate.of(2025, 3, 14));
        // 1904 system: 2025-06-30 is 44376 days after 1904-01-01.
        assertThat(((Dates.Day) Dates.parse(new RawCell(0, RawCell.Kind.DATE, "1904:44376"), null)).date()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void periodHeaders() {
        FiscalYear calendar = FiscalYear.CALENDAR;
        for (String t : new String[] {"Jan-26", "Jan 26", "Jan'26", "January 2026", "2026-01", "2026/1", "01/2026", "2026 Jan"}) {
            assertThat(span(t, calendar)).as(t).isEqualTo(new Periods.Span(YearMonth.of(2026, 1), 1));
        }
        assertThat(span("Sept 2025", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2025, 9), 1));
        assertThat(span("Q1 2026", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2026, 1), 3));
        assertThat(span("1Q26", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2026, 1), 3));
        assertThat(span("2026 Q3", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2026, 7), 3));
        assertThat(span("H2 2025", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2025, 7), 6));
        assertThat(span("FY2025", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2025, 1), 12));
        assertThat(span("2025", calendar)).isEqualTo(new Periods.Span(YearMonth.of(2025, 1), 12));
        assertThat(span("CY2025", new FiscalYear(7, true))).isEqualTo(new Periods.Span(YearMonth.of(2025, 1), 12));
    }

    @Test
    void fiscalYearsWithAConfigurableStart() {
        FiscalYear july = new FiscalYear(7, true); // FY2026 = July 2025 .. June 2026 (named by the year it ends)
        assertThat(span("FY2026", july)).isEqualTo(new Periods.Span(YearMonth.of(2025, 7), 12));
        assertThat(span("FY26", july)).isEqualTo(new Periods.Span(YearMonth.of(2025, 7), 12));
        assertThat(span("Q1 FY26", july)).isEqualTo(new Periods.Span(YearMonth.of(2025, 7), 3));
        assertThat(span("Q3 FY26", july)).isEqualTo(new Periods.Span(YearMonth.of(2026, 1), 3));
        assertThat(span("FY2025/26", july)).isEqualTo(new Periods.Span(YearMonth.of(2025, 7), 12));
        FiscalYear julyByStart = new FiscalYear(7, false); // FY2026 = July 2026 .. June 2027
        assertThat(span("FY2026", julyByStart)).isEqualTo(new Periods.Span(YearMonth.of(2026, 7), 12));
        assertThat(july.monthIn(2026, 2)).isEqualTo(YearMonth.of(2026, 2));
        assertThat(july.monthIn(2026, 9)).isEqualTo(YearMonth.of(2025, 9));
    }

    @Test
    void monthNamesAloneTotalsAndCells() {
        assertThat(Periods.text("Jan", FiscalYear.CALENDAR)).isEqualTo(new Periods.MonthOnly(1));
        assertThat(Periods.text("Total", FiscalYear.CALENDAR)).isEqualTo(new Periods.Total(null));
        assertThat(Periods.text("YTD", FiscalYear.CALENDAR)).isEqualTo(new Periods.Total(null));
        assertThat(Periods.text("FY25 Total", FiscalYear.CALENDAR)).isEqualTo(new Periods.Total(new Periods.Span(YearMonth.of(2025, 1), 12)));
        assertThat(Periods.text("Total revenue", FiscalYear.CALENDAR)).isInstanceOf(Periods.NotAPeriod.class);
        assertThat(Periods.text("Customer", FiscalYear.CALENDAR)).isInstanceOf(Periods.NotAPeriod.class);
        assertThat(Periods.parse(new RawCell(0, RawCell.Kind.NUMBER, "2026.0"), FiscalYear.CALENDAR))
                .isEqualTo(new Periods.Period(new Periods.Span(YearMonth.of(2026, 1), 12)));
        assertThat(Periods.parse(new RawCell(0, RawCell.Kind.NUMBER, "2030.5"), FiscalYear.CALENDAR)).isInstanceOf(Periods.NotAPeriod.class);
        assertThat(Periods.parse(new RawCell(0, RawCell.Kind.DATE, "46053"), FiscalYear.CALENDAR)) // 2026-01-31
                .isEqualTo(new Periods.Period(new Periods.Span(YearMonth.of(2026, 1), 1)));
    }
}
