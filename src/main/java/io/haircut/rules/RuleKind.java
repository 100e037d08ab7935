package io.haircut.rules;

import java.math.BigDecimal;

/**
 * How a rule finds its entries ({@code kind:}). Most rules test each entry on its own; a round-trip
 * rule links revenue to earlier funding from the same group, and a concentration rule looks at a
 * customer's share of the year's revenue. Both are defined here and in {@link Adjuster} only.
 */
public sealed interface RuleKind {

    String label();

    /** The rule's {@code when} decides, entry by entry. */
    record PerEntry() implements RuleKind {
        @Override
        public String label() {
            return "entry";
        }
    }

    /**
     * Revenue from a group within {@code windowMonths} after that group's funding (the funding entries
     * that meet {@code fundingWhen}), linked up to each tranche's amount, earliest revenue first.
     */
    record RoundTrip(int windowMonths, Condition fundingWhen) implements RuleKind {
        @Override
        public String label() {
            return "round-trip";
        }
    }

    /**
     * Revenue from a customer group whose share of a calendar year's reported revenue is at least
     * {@code thresholdPercent} (ASC 280's 10% major-customer test).
     */
    record Concentration(BigDecimal thresholdPercent) implements RuleKind {
        @Override
        public String label() {
            return "concentration";
        }
    }
}
