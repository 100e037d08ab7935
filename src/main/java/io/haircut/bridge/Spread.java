package io.haircut.bridge;

import io.haircut.ledger.Labelled;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a bridge by month (or quarter) treats a figure that covers more months than one period: NONE shows
 * it in its own period (a year's figure as the year), EVEN spreads it in equal parts over its months,
 * to the cent, the last month taking the remainder so that the parts add up exactly to the figure.
 */
public enum Spread implements Labelled {
    NONE,
    EVEN;

    public static Optional<Spread> parse(String text) {
        return Labelled.parse(Spread.class, text);
    }

    /** The part of {@code amount} that month {@code index} (0-based) of {@code months} receives under an even spread. */
    static BigDecimal part(BigDecimal amount, int months, int index) {
        BigDecimal each = amount.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        return index < months - 1 ? each : amount.subtract(each.multiply(BigDecimal.valueOf(months - 1L)));
    }

    @Override
    public String toString() {
        return label();
    }
}
