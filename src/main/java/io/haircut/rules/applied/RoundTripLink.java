package io.haircut.rules.applied;

import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Rule;
import java.math.BigDecimal;

/**
 * One pair a round-trip rule found: revenue from a group dated within the rule's window after that
 * group's funding. {@code linked} is the part of the revenue counted against the tranche (at most what
 * was left of the tranche's amount), {@code left} what is left of the tranche after this link.
 */
public record RoundTripLink(Rule rule, String group, FundingEntry funding, RevenueEntry revenue, BigDecimal linked,
        BigDecimal left) {
}
