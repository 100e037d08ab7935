package io.haircut.ledger;

import java.time.YearMonth;

/** Cash on hand and cloud credits not yet used at a month end. */
public record CashBalance(YearMonth month, Money cash, Money unusedCredits, SourceRef source) {
}
