package io.haircut.rules.applied;

import io.haircut.ledger.LedgerEntry;
import io.haircut.rules.Rule;
import io.haircut.rules.Scope;
import java.math.BigDecimal;

/**
 * One rule's effect on one entry of any table: the audit trail's row. {@code before} is the entry's
 * amount in the rule's view when the rule reached it, {@code before + change = after}, and the change
 * moves the amount toward zero, never past it (zero for a flag or a tag). {@code note} says what else
 * an analyst needs to check the row (the fee column's value, the funding a round trip was linked to),
 * or is empty.
 */
public record TrailRow(Scope scope, LedgerEntry entry, Rule rule, BigDecimal before, BigDecimal change, BigDecimal after,
        String note) {
}
