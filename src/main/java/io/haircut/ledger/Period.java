package io.haircut.ledger;

import java.time.YearMonth;

/**
 * A reporting period, identified by its first month. Periods order by start month, and print as
 * "2026-03", "2026-Q1" or "2026".
 */
public record Period(Granularity granularity, YearMonth start) implements Comparable<Period> {

    /** The period of the given granularity that contains {@code month}. */
    public static Period containing(Granularity granularity, YearMonth month) {
        return switch (granularity) {
            case MONTH -> new Period(granularity, month);
            case QUARTER -> new Period(granularity, YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1));
            case YEAR -> new Period(granularity, YearMonth.of(month.getYear(), 1));
        };
    }

    public String label() {
        return switch (granularity) {
            case MONTH -> start.toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public int compareTo(Period o) {
        return start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
