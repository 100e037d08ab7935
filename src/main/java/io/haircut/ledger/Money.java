package io.haircut.ledger;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount in one currency (after Joda-Money): sums stay exact, adding two currencies is an
 * error ({@link #requireCurrency}), and rounding to cents happens once, when a figure is shown or
 * written ({@link #cents(BigDecimal)}).
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

    /** An exact figure in this amount's currency: a sum or share of amounts in it. */
    public Money with(BigDecimal figure) {
        return new Money(figure, currency);
    }

    public Money plus(Money other) {
        requireCurrency(other, null, currency, "the amount it is added to is");
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireCurrency(other, null, currency, "the amount it is taken from is");
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount rounded to cents ({@link #cents(BigDecimal)}). */
    public BigDecimal toCents() {
        return cents(amount);
    }

    /** The amount in cents with thousands separators after its currency, for a sentence: "USD 18,666,666,666.67". */
    public String grouped() {
        return currency + " " + String.format(Locale.ROOT, "%,.2f", toCents());
    }

    /**
     * An exact money figure rounded half-even to cents: the only rounding money sees, at presentation
     * (a report's cell, a note). Every place that shows money in cents rounds here.
     */
    public static BigDecimal cents(BigDecimal figure) {
        return figure.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The one currency check of everything that adds or compares money: refuses {@code amount} when it
     * is not in {@code currency}, the currency of what it meets ({@code holderIs}: "the metrics are", "the
     * revenue at f.xlsx!Revenue!E2 is"). The message names where the amount is ({@code where}, e.g. its
     * cell; null: "an amount") and both currencies.
     */
    public static void requireCurrency(Money amount, Object where, String currency, String holderIs) {
        if (!amount.currency.equals(currency)) {
            throw new HaircutException((where == null ? "an amount" : where.toString()) + " is in " + amount.currency
                    + " but " + holderIs + " in " + currency
                    + "; haircut does not add different currencies yet: import one currency at a time");
        }
    }

    @Override
    public int compareTo(Money o) {
        requireCurrency(o, null, currency, "the amount it is compared with is");
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return currency + " " + toCents().toPlainString();
    }
}
