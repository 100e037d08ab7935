package io.haircut.ledger;

import java.time.YearMonth;

/** A month's cost in one category, and whether it was paid in cash or with cloud credits. */
public record CostEntry(YearMonth month, CostCategory category, Money amount, Settlement paidWith, SourceRef source) {
}
