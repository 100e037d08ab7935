package io.haircut.ledger;

import java.time.LocalDate;

/** Money raised from an investor: in cash or as cloud credits, binding or contingent on milestones. */
public record FundingEntry(LocalDate date, String investor, Money amount, Settlement form, Status status, SourceRef source) {
}
