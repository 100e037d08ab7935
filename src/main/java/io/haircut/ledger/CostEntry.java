package io.haircut.ledger;

import java.time.YearMonth;
import java.util.Optional;

/** A month's cost in one category, and whether it was paid in cash or with cloud credits. */
public record CostEntry(YearMonth month, CostCategory category, Money amount, Settlement paidWith, SourceRef source)
        implements LedgerEntry {

    /** The value of a named field as text, for rule conditions (docs/rules.md lists them). */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "month" -> Optional.of(month.toString());
            case "category" -> Optional.of(category.label());
            case "paid-with" -> Optional.of(paidWith.label());
            case "currency" -> Optional.of(amount.currency());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.empty();
        };
    }

    /** A cost line names no counterparty. */
    @Override
    public Optional<String> counterparty() {
        return Optional.empty();
    }
}
