package io.haircut.rules;

import io.haircut.ledger.RevenueEntry;

/**
 * A revenue entry that a later rule matched but did not change: an earlier rule of the same view had
 * already changed it, or the cash view had removed all of it before an adjusted-view rule reached it.
 * Nothing is counted twice, and the overlap is reported ({@link Conflict} has the outcome).
 */
public record Overlap(RevenueEntry entry, Rule appliedRule, Rule skippedRule) {
}
