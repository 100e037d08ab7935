package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.bridge.Spread;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.metrics.Metric;
import io.haircut.metrics.MetricValue;
import io.haircut.metrics.MetricsReport;
import io.haircut.metrics.PeriodMetrics;
import io.haircut.metrics.PeriodSelection;
import io.haircut.metrics.UnitEconomics;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarterly and yearly P&L workbooks carried through to the bridge and the metrics: ARR from a quarter
 * is the quarter x 4, a year with its four quarters is whole, gross margin uses the quarters' costs,
 * customer metrics are n/a on P&L lines, and a year's figure is never dated in its last month.
 * Every expected figure is worked out by hand from the workbook the test writes.
 */
class PeriodFiguresTest {

    @TempDir
    Path dir;

    private static AdjustedLedger adjusted(Path file, ImportOptions options) {
        return Adjuster.apply(LedgerImporter.importPaths(List.of(file), options).ledger(), RuleSet.empty());
    }

    /** 2017 by quarter: revenue 100, 110, 120, 130 (460); cost of revenue 50, 44, 36, 26 (156). */
    private Path quarterly() throws Exception {
        return TestBook.xlsx().sheet("P&L")
                .row(1, "Quarterly P&L (USD)")
                .row(2, "Line", "Q1 2017", "Q2 2017", "Q3 2017", "Q4 2017")
                .row(3, "Revenue", 100, 110, 120, 130)
                .row(4, "Cost of revenue", 50, 44, 36, 26)
                .row(5, "Gross profit", 50, 66, 84, 104)
                .write(dir.resolve("quarterly.xlsx"));
    }

    @Test
    void aQuarterlyPnlIsMeasuredByQuarterWithArrFromTheLastQuarter() throws Exception {
        AdjustedLedger a = adjusted(quarterly(), ImportOptions.DEFAULTS);
        MetricsReport report = UnitEconomics.report(a, null, PeriodSelection.LATEST);
        assertThat(report.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(report.selection()).isEqualTo("last full quarter in the data");
        PeriodMetrics q4 = report.periods().get(0);
        assertThat(q4.period()).isEqualTo(new Period(Granularity.QUARTER, YearMonth.of(2017, 10)));
        assertThat(q4.partial()).isFalse();
        // ARR = Q4 x 4 = 130 x 4 = 520, not 130 x 12.
        MetricValue arr = q4.reported(Metric.ARR);
        assertThat(arr.value()).isEqualByComparingTo("520");
        assertThat(arr.note()).isEqualTo("last quarter x 4");
        // Gross margin from Q4's cost of revenue: (130 - 26) / 130 = 0.8.
        assertThat(q4.reported(Metric.GROSS_MARGIN).value()).isEqualByComparingTo("0.8");
        assertThat(q4.reported(Metric.REVENUE).value()).isEqualByComparingTo("130");
    }

    @Test
    void aYearMadeOfFourQuartersIsWholeNotTenOfTwelveMonths() throws Exception {
        AdjustedLedger a = adjusted(quarterly(), ImportOptions.DEFAULTS);
        MetricsReport report = UnitEconomics.report(a, Granularity.YEAR, PeriodSelection.LATEST);
        assertThat(report.selection()).isEqualTo("last full year in the data");
        PeriodMetrics year = report.periods().get(0);
        assertThat(year.period().label()).isEqualTo("2017");
        assertThat(year.partial()).isFalse();
        assertThat(report.revenue()).singleElement().satisfies(r -> {
            assertThat(r.monthsInData()).isEqualTo(12);
            assertThat(r.reported()).isEqualByComparingTo("460"); // 100 + 110 + 120 + 130
        });
        // (460 - 156) / 460 = 304 / 460 = 0.66086956...
        assertThat(year.reported(Metric.GROSS_MARGIN).value()).isCloseTo(new BigDecimal("0.6608695652"), within(new BigDecimal("0.0000000001")));
        // The year's ARR is still its last quarter annualised: 130 x 4.
        assertThat(year.reported(Metric.ARR).value()).isEqualByComparingTo("520");
    }

    @Test
    void monthsAreNotMeasuredOnQuarterlyFigures() throws Exception {
        AdjustedLedger a = adjusted(quarterly(), ImportOptions.DEFAULTS);
        MetricsReport byMonth = UnitEconomics.report(a, Granularity.MONTH, PeriodSelection.LATEST);
        assertThat(byMonth.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(byMonth.selection()).isEqualTo("the data has quarterly figures, so by quarter rather than by month; last full quarter in the data");
        assertThatThrownBy(() -> UnitEconomics.report(a, null, PeriodSelection.of(new Period(Granularity.MONTH, YearMonth.of(2017, 12))))).hasMessage("period '2017-12' is a month, but the data has quarterly"
                + " figures, so a month cannot be measured; give a quarter such as 2017-Q4");
    }

    @Test
    void customerMetricsAreNotComputedOnPnlLines() throws Exception {
        PeriodMetrics q4 = UnitEconomics.report(adjusted(quarterly(), ImportOptions.DEFAULTS), null, PeriodSelection.LATEST).periods().get(0);
        String reason = "revenue comes from P&L lines such as '(Revenue)', not from customers, so there is no customer to measure"
                + " (import a revenue ledger with a customer per entry)";
        for (Metric m : List.of(Metric.NRR, Metric.TOP_CUSTOMER_SHARE, Metric.TOP5_SHARE)) {
            assertThat(q4.reported(m).isAvailable()).as(m.key()).isFalse();
            assertThat(q4.reported(m).unavailable()).as(m.key()).isEqualTo(reason);
        }
    }

    @Test
    void aStatementsYearsAreShownByYearInABridgeByMonthUnlessSpread() throws Exception {
        AdjustedLedger a = adjusted(PeriodImportTest.edgarIncomeStatement(dir.resolve("edgar.xlsx")), ImportOptions.DEFAULTS);
        List<RevenueBridge> byMonth = Bridges.byPeriod(a, Granularity.MONTH);
        // $ in thousands: 600, 960, 1,200 -> 600,000, 960,000, 1,200,000, each a whole year.
        assertThat(byMonth).extracting(RevenueBridge::period).containsExactly("2020", "2021", "2022");
        assertThat(byMonth).extracting(b -> b.reported().amount().stripTrailingZeros().toPlainString()).containsExactly("600000", "960000", "1200000");
        assertThat(Bridges.note(a.ledger(), Granularity.MONTH, Spread.NONE)).contains("the data has yearly figures, longer than a month;"
                + " each is shown in its own period (add --spread even to spread them evenly over their months)");

        List<RevenueBridge> spread = Bridges.byPeriod(a, Granularity.MONTH, Spread.EVEN);
        assertThat(spread).hasSize(36);
        // 1,200,000 / 12 = 100,000 in each month of 2022; 960,000 / 12 = 80,000 in 2021.
        assertThat(spread.get(24).period()).isEqualTo("2022-01");
        assertThat(spread.get(24).reported().amount()).isEqualByComparingTo("100000");
        assertThat(spread.get(35).reported().amount()).isEqualByComparingTo("100000");
        assertThat(spread.get(12).reported().amount()).isEqualByComparingTo("80000");
        assertThat(Bridges.note(a.ledger(), Granularity.MONTH, Spread.EVEN)).contains("the data has yearly figures; each is spread evenly over"
                + " its months (--spread even), to the cent, the last month taking the remainder");
        // By year nothing needs saying: each figure is one year.
        assertThat(Bridges.note(a.ledger(), Granularity.YEAR, Spread.NONE)).isEmpty();
    }

    @Test
    void aStatementsYearIsMeasuredAsAYear() throws Exception {
        AdjustedLedger a = adjusted(PeriodImportTest.edgarIncomeStatement(dir.resolve("edgar.xlsx")), ImportOptions.DEFAULTS);
        MetricsReport report = UnitEconomics.report(a, null, PeriodSelection.LATEST);
        assertThat(report.granularity()).isEqualTo(Granularity.YEAR);
        PeriodMetrics y2022 = report.periods().get(0);
        assertThat(y2022.period().label()).isEqualTo("2022");
        assertThat(y2022.partial()).isFalse();
        // ARR from a year's figure is the year: 1,200,000; gross margin (1,200 - 480) / 1,200 = 0.6.
        assertThat(y2022.reported(Metric.ARR).value()).isEqualByComparingTo("1200000");
        assertThat(y2022.reported(Metric.ARR).note()).isEqualTo("the year's revenue");
        assertThat(y2022.reported(Metric.GROSS_MARGIN).value()).isEqualByComparingTo("0.6");
    }

    @Test
    void forecastYearsAreMarkedInTheBridgeAndTheMetrics() throws Exception {
        Path file = TestBook.xlsx().sheet("Plan")
                .row(1, "Five-year plan", "2022A", "2023A", "2024E", "2025E")
                .row(2, "Revenue", 1000, 1500, 2200, 3100)
                .write(dir.resolve("plan.xlsx"));
        List<RevenueBridge> actuals = Bridges.byPeriod(adjusted(file, ImportOptions.DEFAULTS), Granularity.YEAR);
        assertThat(actuals).extracting(RevenueBridge::period).containsExactly("2022", "2023");
        assertThat(Bridges.total(adjusted(file, ImportOptions.DEFAULTS)).reported().amount()).isEqualByComparingTo("2500"); // 1,000 + 1,500

        AdjustedLedger all = adjusted(file, new ImportOptions(null, null, false, null, true));
        List<RevenueBridge> years = Bridges.byPeriod(all, Granularity.YEAR);
        assertThat(years).extracting(RevenueBridge::period).containsExactly("2022", "2023", "2024 (forecast)", "2025 (forecast)");
        assertThat(years.get(3).reported().amount()).isEqualByComparingTo("3100");
        assertThat(Bridges.note(all.ledger(), Granularity.YEAR, Spread.NONE))
                .contains("includes forecast figures (imported with --include forecast), marked (forecast)");
        PeriodMetrics y2025 = UnitEconomics.report(all, null, PeriodSelection.of(new Period(Granularity.YEAR, YearMonth.of(2025, 1)))).periods().get(0);
        assertThat(y2025.reported(Metric.REVENUE).value()).isEqualByComparingTo("3100");
        assertThat(y2025.reported(Metric.REVENUE).note()).isEqualTo("includes forecast figures");
        PeriodMetrics y2023 = UnitEconomics.report(all, null, PeriodSelection.of(new Period(Granularity.YEAR, YearMonth.of(2023, 1)))).periods().get(0);
        assertThat(y2023.reported(Metric.REVENUE).note()).isNull();
    }
}
