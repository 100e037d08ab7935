package io.haircut.metrics;

import io.haircut.ledger.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric of one period on Reported and on Adjusted revenue, side by side (docs/methodology.md, "Unit economics"),
 * and their differences (adjusted minus reported, where both are available).
 *
 * @param monthsInData how many of the period's months the data covers (fewer than the period has when
 *        the data starts or ends inside it)
 */
public record PeriodMetrics(
        Period period,
        int monthsInData,
        Map<Metric, MetricValue> reported,
        Map<Metric, MetricValue> adjusted,
        Map<Metric, BigDecimal> differences) {

    public PeriodMetrics {
        reported = Collections.unmodifiableMap(new EnumMap<>(reported));
        adjusted = Collections.unmodifiableMap(new EnumMap<>(adjusted));
        differences = differences.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(differences));
    }

    /** Builds the record with the differences worked out from the two views. */
    static PeriodMetrics of(Period period, int monthsInData, Map<Metric, MetricValue> reported,
            Map<Metric, MetricValue> adjusted) {
        Map<Metric, BigDecimal> differences = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            MetricValue r = reported.get(m);
            MetricValue a = adjusted.get(m);
            if (r != null && a != null && r.isAvailable() && a.isAvailable()) {
                differences.put(m, a.value().subtract(r.value()));
            }
        }
        return new PeriodMetrics(period, monthsInData, reported, adjusted, differences);
    }

    public MetricValue reported(Metric metric) {
        return reported.get(metric);
    }

    public MetricValue adjusted(Metric metric) {
        return adjusted.get(metric);
    }

    public Optional<BigDecimal> difference(Metric metric) {
        return Optional.ofNullable(differences.get(metric));
    }

    /** The number of months in the period: 1, 3 or 12. */
    public int monthsInPeriod() {
        return UnitEconomics.monthsIn(period.granularity());
    }

    /** True when the data covers only part of the period. */
    public boolean partial() {
        return monthsInData < monthsInPeriod();
    }
}
