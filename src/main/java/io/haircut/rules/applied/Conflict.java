package io.haircut.rules.applied;

import io.haircut.ledger.LedgerEntry;
import io.haircut.rules.Rule;
import io.haircut.rules.Scope;
import java.math.BigDecimal;

/**
 * Two rules that both wanted to change one entry, and what happened (docs/rules.md, "Precedence"):
 * <ul>
 *   <li>{@code SKIPPED}: same view; {@code first} had already changed the entry, so {@code later} was not applied;</li>
 *   <li>{@code NOTHING_LEFT}: {@code first} (cash view) had removed all of it, so {@code later} (adjusted view)
 *       had nothing to apply to;</li>
 *   <li>{@code REMAINDER}: {@code first} (cash view) had removed part of it, and {@code later} (adjusted view)
 *       applied to the {@code amountLeft} that reached its view.</li>
 * </ul>
 */
public record Conflict(Scope scope, LedgerEntry entry, Rule first, Rule later, Kind kind, BigDecimal amountLeft) {

    public enum Kind {
        SKIPPED("skipped"), NOTHING_LEFT("nothing left"), REMAINDER("applied to the remainder");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** True when {@code later} was not applied to the entry at all. */
    public boolean blocked() {
        return kind != Kind.REMAINDER;
    }
}
