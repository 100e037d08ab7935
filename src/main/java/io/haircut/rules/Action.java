package io.haircut.rules;

import java.math.BigDecimal;

/**
 * What a rule does to a matching entry. A closed set: rule files are data, and each action's effect
 * on an amount is defined here and nowhere else.
 */
public sealed interface Action {

    /** The amount the entry keeps after this action; a flag keeps it all. */
    BigDecimal remaining(BigDecimal amount);

    /** True when the action changes the amount (strip, haircut); a flag only marks the entry. */
    default boolean adjusts() {
        return true;
    }

    String describe();

    /** Removes the whole entry from the view. */
    record Strip() implements Action {
        @Override
        public BigDecimal remaining(BigDecimal amount) {
            return BigDecimal.ZERO;
        }

        @Override
        public String describe() {
            return "strip";
        }
    }

    /** Removes {@code percent} of the entry (e.g. the investor's stated share of a joint customer). */
    record Haircut(BigDecimal percent) implements Action {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public BigDecimal remaining(BigDecimal amount) {
            // Exact: amount * (100 - p) / 100 has a finite decimal expansion, so no rounding here.
            return amount.multiply(HUNDRED.subtract(percent)).movePointLeft(2);
        }

        @Override
        public String describe() {
            return "haircut " + percent.stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** Marks the entry in reports without changing any amount. */
    record Flag() implements Action {
        @Override
        public BigDecimal remaining(BigDecimal amount) {
            return amount;
        }

        @Override
        public boolean adjusts() {
            return false;
        }

        @Override
        public String describe() {
            return "flag";
        }
    }
}
