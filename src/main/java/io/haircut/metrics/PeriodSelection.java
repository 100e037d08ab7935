package io.haircut.metrics;

import io.haircut.ledger.Period;
import java.util.Objects;

/**
 * Which periods a metrics report shows: the default one (the last full period of the granularity), every
 * period in the data, or one period the analyst named.
 *
 * @param period the period named; null for the default and for every period
 * @param every every period of the granularity in the data
 */
public record PeriodSelection(Period period, boolean every) {

    /** The last full period (for months: the latest month in the data). */
    public static final PeriodSelection LATEST = new PeriodSelection(null, false);
    /** Every period of the granularity that the data touches. */
    public static final PeriodSelection ALL = new PeriodSelection(null, true);

    public PeriodSelection {
        if (every && period != null) {
            throw new IllegalArgumentException("one period or every period, not both");
        }
    }

    public static PeriodSelection of(Period period) {
        return new PeriodSelection(Objects.requireNonNull(period, "period"), false);
    }

    public boolean isLatest() {
        return period == null && !every;
    }
}
