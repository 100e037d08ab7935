package io.haircut.rules.applied;

import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Rule;
import java.math.BigDecimal;

/**
 * One rule's change to one entry: the audit trail's row. {@code change} is negative for a reduction;
 * {@code before + change = after}. A flag has a zero change.
 */
public record Adjustment(RevenueEntry entry, Rule rule, BigDecimal before, BigDecimal change, BigDecimal after) {
}
