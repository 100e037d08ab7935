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
            case QUARTER -> (start.getMonthValue() - 1) % 3 == 0 ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1) : span().toString();
            // A fiscal year that does not start in January is shown by its months, never by a calendar year it is not.
            case YEAR -> start.getMonthValue() == 1 ? Integer.toString(start.getYear()) : span().toString();
        };
    }

    /** The months of the period. */
    public Span span() {
        return new Span(start, switch (granularity) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        });
    }

    /** The period a figure of this span is, when it is a month, a quarter or a year (of any start month); empty otherwise. */
    public static java.util.Optional<Period> of(Span span) {
        return switch (span.months()) {
            case 1 -> java.util.Optional.of(new Period(Granularity.MONTH, span.first()));
            case 3 -> java.util.Optional.of(new Period(Granularity.QUARTER, span.first()));
            case 12 -> java.util.Optional.of(new Period(Granularity.YEAR, span.first()));
            default -> java.util.Optional.empty();
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
