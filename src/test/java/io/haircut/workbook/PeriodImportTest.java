package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.CostEntry;
import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.workbook.cells.ColumnBasis;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Periods;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Period headers with durations, read into figures that know their months: statement workbooks
 * ("12 Months Ended" over dates), 10-Q durations, quarters, fiscal and split years, numbered months,
 * month names without a year, and actual / budget / forecast columns. Figures are stated by hand.
 */
class PeriodImportTest {

    @TempDir
    Path dir;

    private ImportedLedger importing(Path file) {
        return LedgerImporter.importPaths(List.of(file), ImportOptions.DEFAULTS);
    }

    private ImportedLedger withForecast(Path file) {
        return LedgerImporter.importPaths(List.of(file), new ImportOptions(null, null, false, null, true));
    }

    private ImportedLedger mapped(Path file, String yaml) throws IOException {
        Path mapping = Files.writeString(dir.resolve("map.yaml"), yaml);
        return LedgerImporter.importPaths(List.of(file), new ImportOptions(mapping, null, false));
    }

    /** Revenue by span, as "first..last" or "yyyy-mm" -> amount (plain string, trailing zeros stripped). */
    private static Map<String, String> bySpan(List<RevenueEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.span().toString(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, e -> e.amount().amount(), BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros().toPlainString(),
                        (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> costsBySpan(List<CostEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.span().toString(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, e -> e.amount().amount(), BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros().toPlainString(),
                        (a, b) -> a, TreeMap::new));
    }

    /** An EDGAR statement: title, a merged "12 Months Ended" over three year-end dates, text heading rows. */
    static Path edgarIncomeStatement(Path file) throws IOException {
        return TestBook.xlsx().sheet("CONSOLIDATED STATEMENTS OF OPER")
                .row(1, "CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($) $ in Thousands", "12 Months Ended")
                .row(2, null, "Dec. 31, 2022", "Dec. 31, 2021", "Dec. 31, 2020")
                .merge("A1:A2").merge("B1:D1")
                .row(3, "Revenues", 1200, 960, 600)
                .row(4, "Cost of revenue", 480, 400, 300)
                .row(5, "Gross profit", 720, 560, 300)
                .write(file);
    }

    @Test
    void aMergedTwelveMonthsEndedOverDatesMakesYearlyFigures() throws Exception {
        Ledger l = importing(edgarIncomeStatement(dir.resolve("edgar.xlsx"))).ledger();
        // In thousands: 1,200 -> 1,200,000 for the whole of 2022, not for December.
        assertThat(bySpan(l.revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2020-01..2020-12", "600000", "2021-01..2021-12", "960000", "2022-01..2022-12", "1200000")));
        assertThat(l.revenue()).allSatisfy(e -> {
            assertThat(e.span().months()).isEqualTo(12);
            assertThat(e.namedCustomer()).isFalse();
            assertThat(e.basis()).isEqualTo(FigureBasis.ACTUAL);
        });
        assertThat(costsBySpan(l.costs())).containsEntry("2022-01..2022-12", "480000").containsEntry("2020-01..2020-12", "300000");
        assertThat(l.firstMonth()).contains(YearMonth.of(2020, 1));
        assertThat(l.lastMonth()).contains(YearMonth.of(2022, 12));
    }

    @Test
    void aTenQKeepsTheThreeMonthsAndSaysTheSixMonthsAreLeftOut() throws Exception {
        Path file = TestBook.xlsx().sheet("CONDENSED STATEMENTS OF OPERATI")
                .row(1, "CONDENSED STATEMENTS OF OPERATIONS - USD ($)", "3 Months Ended", null, "6 Months Ended")
                .row(2, null, "Jun. 30, 2023", "Jun. 30, 2022", "Jun. 30, 2023", "Jun. 30, 2022")
                .merge("A1:A2").merge("B1:C1").merge("D1:E1")
                .row(3, "Revenues", 300, 250, 580, 490)
                .row(4, "Cost of revenue", 120, 100, 230, 200)
                .write(dir.resolve("10q.xlsx"));
        ImportedLedger imported = importing(file);
        // Only the quarters: 300 for April..June 2023, 250 for April..June 2022; the half-years (580, 490) are not added.
        assertThat(bySpan(imported.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2022-04..2022-06", "250", "2023-04..2023-06", "300")));
        assertThat(costsBySpan(imported.ledger().costs())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2022-04..2022-06", "100", "2023-04..2023-06", "120")));
        assertThat(imported.notes()).anyMatch(n -> n.contains("D 'Jun. 30, 2023': 6 months ended 2023-06, overlapping the 3 months ended 2023-06"
                + " in column B; the shortest duration is kept, this one not imported"));
        assertThat(imported.notes()).anyMatch(n -> n.contains("E 'Jun. 30, 2022': 6 months ended 2022-06, overlapping the 3 months ended 2022-06"
                + " in column C"));
    }

    /** A quarterly P&L for 2017: revenue 100, 110, 120, 130; cost of revenue 40, 44, 48, 52. */
    static Path quarterlyPnl(Path file, String... headers) throws IOException {
        return TestBook.xlsx().sheet("P&L")
                .row(1, "Quarterly P&L (USD)")
                .row(2, "Line", headers[0], headers[1], headers[2], headers[3])
                .row(3, "Revenue", 100, 110, 120, 130)
                .row(4, "Cost of revenue", 40, 44, 48, 52)
                .row(5, "Gross profit", 60, 66, 72, 78)
                .write(file);
    }

    @Test
    void quarterHeadersInEveryCommonFormReadAsQuarters() throws Exception {
        for (String[] headers : List.of(new String[] {"Q1 2017", "Q2 2017", "Q3 2017", "Q4 2017"},
                new String[] {"Q1 '17", "Q2 '17", "Q3 '17", "Q4 '17"}, new String[] {"1Q17", "2Q17", "3Q17", "4Q17"})) {
            Ledger l = importing(quarterlyPnl(dir.resolve("q" + headers[0].replace("'", "") + ".xlsx"), headers)).ledger();
            assertThat(bySpan(l.revenue())).as(headers[0]).containsExactlyEntriesOf(new TreeMap<>(Map.of("2017-01..2017-03", "100",
                    "2017-04..2017-06", "110", "2017-07..2017-09", "120", "2017-10..2017-12", "130")));
            assertThat(costsBySpan(l.costs())).containsEntry("2017-10..2017-12", "52");
        }
    }

    @Test
    void yearsMarkedActualAndEstimatedAreToldApart() throws Exception {
        Path file = TestBook.xlsx().sheet("Plan")
                .row(1, "Five-year plan", "2022A", "2023A", "2024E", "2025E")
                .row(2, "Revenue", 1000, 1500, 2200, 3100)
                .write(dir.resolve("plan.xlsx"));
        ImportedLedger actuals = importing(file);
        assertThat(bySpan(actuals.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2022-01..2022-12", "1000", "2023-01..2023-12", "1500")));
        assertThat(actuals.notes()).anyMatch(n -> n.contains("D '2024E', E '2025E': forecast, not imported (import ... --include forecast"));

        ImportedLedger all = withForecast(file);
        assertThat(bySpan(all.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2022-01..2022-12", "1000", "2023-01..2023-12", "1500", "2024-01..2024-12", "2200", "2025-01..2025-12", "3100")));
        assertThat(all.ledger().revenue().stream().filter(RevenueEntry::isForecast).map(e -> e.span().first().getYear()))
                .containsExactlyInAnyOrder(2024, 2025);
        assertThat(all.ledger().revenue().stream().filter(RevenueEntry::isForecast)).allSatisfy(e ->
                assertThat(e.attributes()).containsEntry("basis", "forecast"));
        assertThat(all.ledger().hasForecasts()).isTrue();
    }

    @Test
    void aTitleThatMentionsAPlanDoesNotMakeItsYearsForecastsButAForecastCellOverTheBlockDoes() throws Exception {
        // The title names the document; the years under it are unmarked, so they are actuals: 1,000 + 1,500.
        Path titled = TestBook.xlsx().sheet("Model")
                .row(1, "Acme Foods - five-year plan")
                .row(3, null, 2023, 2024)
                .row(4, "Revenue", 1000, 1500)
                .write(dir.resolve("titled.xlsx"));
        assertThat(bySpan(importing(titled).ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2023-01..2023-12", "1000", "2024-01..2024-12", "1500")));
        // A cell saying only "Forecast" over the line names marks the block: nothing imported by default, both years with --include forecast.
        Path marked = TestBook.xlsx().sheet("Model")
                .row(1, "Forecast")
                .row(3, null, 2023, 2024)
                .row(4, "Revenue", 1000, 1500)
                .write(dir.resolve("marked.xlsx"));
        assertThat(withForecast(marked).ledger().revenue()).allMatch(RevenueEntry::isForecast).hasSize(2);
        assertThatThrownBy(() -> importing(marked)).hasMessageContaining("marked.xlsx");
    }

    @Test
    void actualBudgetAndForecastBlocksSideBySide() throws Exception {
        Path file = TestBook.xlsx().sheet("Monthly")
                .row(1, null, "Actual", null, null, "Budget", null, null, "Forecast", null, null)
                .merge("B1:D1").merge("E1:G1").merge("H1:J1")
                .row(2, "USD", "Jan-25", "Feb-25", "Mar-25", "Jan-25", "Feb-25", "Mar-25", "Apr-25", "May-25", "Jun-25")
                .row(3, "Revenue", 10, 11, 12, 9, 10, 11, 13, 14, 15)
                .write(dir.resolve("abf.xlsx"));
        ImportedLedger actuals = importing(file);
        assertThat(bySpan(actuals.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2025-01", "10", "2025-02", "11", "2025-03", "12")));
        assertThat(actuals.notes()).anyMatch(n -> n.contains("E 'Jan-25', F 'Feb-25', G 'Mar-25': budget, not imported"));

        ImportedLedger all = withForecast(file);
        assertThat(bySpan(all.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2025-01", "10", "2025-02", "11", "2025-03", "12", "2025-04", "13", "2025-05", "14", "2025-06", "15")));
        assertThat(all.ledger().revenue().stream().filter(RevenueEntry::isForecast).count()).isEqualTo(3);
    }

    @Test
    void anActualBlockAboveABudgetBlockForTheSameMonthsKeepsTheActual() throws Exception {
        Path file = TestBook.xlsx().sheet("P&L")
                .row(1, "Actual")
                .row(2, "Line", "Jan-25", "Feb-25", "Mar-25")
                .row(3, "Revenue", 100, 200, 300)
                .row(5, "Budget")
                .row(6, "Line", "Jan-25", "Feb-25", "Mar-25")
                .row(7, "Revenue", 150, 250, 350)
                .write(dir.resolve("blocks.xlsx"));
        ImportedLedger imported = importing(file);
        assertThat(bySpan(imported.ledger().revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2025-01", "100", "2025-02", "200", "2025-03", "300")));
        assertThat(imported.notes()).anyMatch(n -> n.contains("budget, not imported"));
    }

    @Test
    void aSplitFiscalYearNeedsItsStartMonth() throws Exception {
        Path file = TestBook.xlsx().sheet("Summary")
                .row(1, "Particulars", "FY17-18", "FY18-19")
                .row(2, "Revenue", 500, 800)
                .write(dir.resolve("india.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessageContaining("india.xlsx!Summary!B1: 'FY17-18' names two calendar years (2017 and 2018),"
                + " so its year does not start in January, and the start month is not known; say when the year starts:"
                + " fiscal-year: { start-month: 4 } or periods: { start: YYYY-MM } in a mapping file");
        // April to March, the Indian fiscal year: FY17-18 is 2017-04 .. 2018-03.
        Ledger l = mapped(file, "periods: { start: 2017-04 }\n").ledger();
        assertThat(bySpan(l.revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of("2017-04..2018-03", "500", "2018-04..2019-03", "800")));
        Ledger byFiscalYear = mapped(file, "fiscal-year: { start-month: 4 }\n").ledger();
        assertThat(bySpan(byFiscalYear.revenue())).containsEntry("2017-04..2018-03", "500");
    }

    @Test
    void numberedMonthsAreDatedFromTheMappingsStart() throws Exception {
        Object[] header = new Object[37];
        Object[] revenue = new Object[37];
        header[0] = "Line";
        revenue[0] = "Revenue";
        for (int i = 1; i <= 36; i++) {
            header[i] = "Month " + i;
            revenue[i] = 1000 + i; // Month n: 1,000 + n
        }
        Path file = TestBook.xlsx().sheet("Model").row(1, header).row(2, revenue).write(dir.resolve("model.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessageContaining("model.xlsx!Model: header row 1 numbers the periods without dates"
                + " (B1 'Month 1', C1 'Month 2', D1 'Month 3'); say when the first one is: periods: { start: YYYY-MM } in a mapping file");
        Ledger l = mapped(file, "periods: { start: 2022-08 }\n").ledger();
        Map<String, String> r = bySpan(l.revenue());
        assertThat(r).hasSize(36).containsEntry("2022-08", "1001").containsEntry("2022-12", "1005").containsEntry("2023-01", "1006")
                .containsEntry("2025-07", "1036");
    }

    @Test
    void monthNamesWithoutAYearFollowTheMappingsStart() throws Exception {
        Path file = TestBook.xlsx().sheet("FY")
                .row(1, "Line", "AUG", "SEP", "OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL")
                .row(2, "Revenue", 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)
                .write(dir.resolve("months.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessageContaining("names months without a year (AUG, SEP, OCT)");
        Ledger l = mapped(file, "periods: { start: 2022-08 }\n").ledger();
        // AUG is 2022-08, DEC 2022-12, JAN 2023-01, JUL 2023-07; each month's figure is its month number.
        assertThat(bySpan(l.revenue())).hasSize(12).containsEntry("2022-08", "8").containsEntry("2022-12", "12")
                .containsEntry("2023-01", "1").containsEntry("2023-07", "7");
    }

    @Test
    void aBadPeriodsStartIsRefusedAtItsLine() throws Exception {
        Path file = quarterlyPnl(dir.resolve("q.xlsx"), "Q1 2017", "Q2 2017", "Q3 2017", "Q4 2017");
        assertThatThrownBy(() -> mapped(file, "company: X\nperiods: { start: 2022-13 }\n"))
                .hasMessageEndingWith("map.yaml:2:19: found '2022-13'; expected a month: YYYY-MM, such as 2022-08");
        assertThatThrownBy(() -> mapped(file, "periods: { begin: 2022-01 }\n"))
                .hasMessageEndingWith("map.yaml:1:12: unknown key 'begin'; expected one of start");
    }

    @Test
    void singleCellHeadersWithDurations() {
        FiscalYear fy = FiscalYear.CALENDAR;
        assertThat(span("12 Months Ended Dec. 31, 2022", fy)).isEqualTo("2022-01..2022-12");
        assertThat(span("Three months ended September 30, 2023", fy)).isEqualTo("2023-07..2023-09");
        assertThat(span("Nine Months Ended Sep. 30, 2023", fy)).isEqualTo("2023-01..2023-09");
        assertThat(span("Year ended March 31, 2024", fy)).isEqualTo("2023-04..2024-03");
        assertThat(span("FY2023", fy)).isEqualTo("2023-01..2023-12");
        assertThat(span("CY2024", fy)).isEqualTo("2024-01..2024-12");
        assertThat(span("H1 2025", fy)).isEqualTo("2025-01..2025-06");
        assertThat(span("H2 2025", fy)).isEqualTo("2025-07..2025-12");
        assertThat(span("YTD Sep-25", fy)).isEqualTo("2025-01..2025-09");
        assertThat(span("2022A", fy)).isEqualTo("2022-01..2022-12");
        assertThat(span("2025E", fy)).isEqualTo("2025-01..2025-12");
        assertThat(span("Q1 '17", fy)).isEqualTo("2017-01..2017-03");
        // A fiscal year starting in July, named by its end: FY2023 is July 2022 to June 2023; YTD Sep-25 starts in July 2025.
        FiscalYear july = new FiscalYear(7, true);
        assertThat(span("FY2023", july)).isEqualTo("2022-07..2023-06");
        assertThat(span("YTD Sep-25", july)).isEqualTo("2025-07..2025-09");
        assertThat(ColumnBasis.of("2025E")).isEqualTo(ColumnBasis.FORECAST);
        assertThat(ColumnBasis.of("2022A")).isEqualTo(ColumnBasis.ACTUAL);
        assertThat(ColumnBasis.of("FY24 Budget")).isEqualTo(ColumnBasis.BUDGET);
        assertThat(ColumnBasis.of("Outlook")).isEqualTo(ColumnBasis.FORECAST);
        assertThat(ColumnBasis.of("Plan 2025")).isEqualTo(ColumnBasis.FORECAST);
        assertThat(ColumnBasis.of("Actual vs Budget")).isEqualTo(ColumnBasis.VARIANCE);
        assertThat(ColumnBasis.of("Jan-25")).isEqualTo(ColumnBasis.UNMARKED);
    }

    private static String span(String header, FiscalYear fy) {
        Periods.Parsed p = Periods.text(header, fy);
        assertThat(p).as(header).isInstanceOf(Periods.Period.class);
        return ((Periods.Period) p).span().toString();
    }
}
