package io.haircut.rules;

import io.haircut.ledger.RevenueEntry;

/**
 * An entry that a second rule also matched after an earlier rule had already adjusted it; the second
 * rule is not applied, so nothing is counted twice, and the overlap is reported.
 */
public record Overlap(RevenueEntry entry, Rule appliedRule, Rule skippedRule) {
}
