package io.haircut.metrics;

import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What the {@code metrics} command shows: the chosen periods' metrics, and reported and adjusted revenue
 * for every period of the granularity, for the chart.
 *
 * @param selection how the periods were chosen, for the header ("latest month in the data")
 */
public record MetricsReport(
        String company,
        String currency,
        Granularity granularity,
        YearMonth firstMonth,
        YearMonth lastMonth,
        String selection,
        List<PeriodMetrics> periods,
        List<PeriodRevenue> revenue) {

    public MetricsReport {
        periods = List.copyOf(periods);
        revenue = List.copyOf(revenue);
    }

    /** One period's revenue on Reported and on Adjusted: a bar of the chart. */
    public record PeriodRevenue(Period period, int monthsInData, BigDecimal reported, BigDecimal adjusted) {

        public int monthsInPeriod() {
            return UnitEconomics.monthsIn(period.granularity());
        }
    }
}
