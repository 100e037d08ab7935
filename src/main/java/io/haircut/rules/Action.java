package io.haircut.rules;

import java.math.BigDecimal;

/**
 * What a rule does to a matching entry. A closed set: rule files are data, and each action's effect
 * on an amount is defined here and in {@link Effects} and nowhere else. Every action that changes an
 * amount moves it toward zero and never past it.
 */
public sealed interface Action {

    /** True when the action changes the amount; a flag or a tag only marks the entry. */
    default boolean adjusts() {
        return true;
    }

    /** How the action reads in lists and the audit trail: "strip", "haircut 30%", "reclassify gross-to-net (fee 20%)". */
    String describe();

    /**
     * What the removed amount is called in reports: "stripped", "haircut", "contra-revenue",
     * "partner fee (gross to net)", "credits (not cash)"; for a flag or a tag, what it marks.
     */
    String treatment();

    /** Removes the whole entry from the view. */
    record Strip() implements Action {
        @Override
        public String describe() {
            return "strip";
        }

        @Override
        public String treatment() {
            return "stripped";
        }
    }

    /** Removes {@code percent} of the entry (e.g. the investor's stated share of a joint customer). */
    record Haircut(BigDecimal percent) implements Action {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /** The amount kept: exact, since amount * (100 - p) / 100 has a finite decimal expansion. */
        public BigDecimal remaining(BigDecimal amount) {
            return amount.multiply(HUNDRED.subtract(percent)).movePointLeft(2);
        }

        @Override
        public String describe() {
            return "haircut " + percent.stripTrailingZeros().toPlainString() + "%";
        }

        @Override
        public String treatment() {
            return "haircut";
        }
    }

    /** Marks the entry in reports without changing any amount. */
    record Flag() implements Action {
        @Override
        public boolean adjusts() {
            return false;
        }

        @Override
        public String describe() {
            return "flag";
        }

        @Override
        public String treatment() {
            return "flagged";
        }
    }

    /** Attaches a label (e.g. {@code contingent}) that later stages read; no amount changes. */
    record Tag(String name) implements Action {
        @Override
        public boolean adjusts() {
            return false;
        }

        @Override
        public String describe() {
            return "tag " + name;
        }

        @Override
        public String treatment() {
            return "tagged " + name;
        }
    }

    /**
     * Consideration payable to a customer, shown as contra-revenue (ASC 606-10-32-25..27): the whole
     * entry, {@code percent} of it, or the amount in {@code amountColumn}. At most one of the two is set.
     */
    record ContraRevenue(BigDecimal percent, String amountColumn) implements Action {
        @Override
        public String describe() {
            return "reclassify contra-revenue" + (percent != null ? " (" + plain(percent) + "%)"
                    : amountColumn != null ? " (amount in " + amountColumn + ")" : "");
        }

        @Override
        public String treatment() {
            return "contra-revenue";
        }
    }

    /**
     * Revenue a partner resold, booked gross, shown net of the partner's fee (ASC 606-10-55-36..40):
     * the fee is {@code feePercent} of the entry or the amount in {@code feeColumn}; exactly one is set.
     */
    record GrossToNet(BigDecimal feePercent, String feeColumn) implements Action {
        @Override
        public String describe() {
            return "reclassify gross-to-net (" + (feePercent != null ? "fee " + plain(feePercent) + "%" : "fee in " + feeColumn) + ")";
        }

        @Override
        public String treatment() {
            return "partner fee (gross to net)";
        }
    }

    /** Funding received as cloud credits, taken out of cash raised and kept as credits. */
    record CreditsNotCash() implements Action {
        @Override
        public String describe() {
            return "reclassify credits-not-cash";
        }

        @Override
        public String treatment() {
            return "credits (not cash)";
        }
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
