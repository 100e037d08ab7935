package io.haircut.ledger;

import java.time.YearMonth;

/** Active, new and churned customers in a month: the denominators of ARPA, CAC and churn. */
public record CustomerCount(YearMonth month, long active, long added, long churned, SourceRef source) {
}
