package io.haircut.ledger;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in one currency (after Joda-Money): sums stay exact, adding two currencies is an
 * error, and rounding to cents happens once, when a figure is shown or written ({@link #toCents()}).
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final String USD = "USD";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount rounded half-even to cents: the only rounding money sees, at presentation. */
    public BigDecimal toCents() {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new HaircutException("cannot add " + currency + " and " + other.currency
                    + " amounts; give a rate table or import one currency at a time");
        }
    }

    @Override
    public int compareTo(Money o) {
        requireSameCurrency(o);
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return currency + " " + toCents().toPlainString();
    }
}
