package io.haircut.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Money raised from an investor: in cash or as cloud credits, binding or contingent on milestones. */
public record FundingEntry(LocalDate date, String investor, Money amount, Settlement form, Status status, SourceRef source)
        implements LedgerEntry {

    public YearMonth month() {
        return YearMonth.from(date);
    }

    /** The value of a named field as text, for rule conditions (docs/rules.md lists them). */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "date" -> Optional.of(date.toString());
            case "month" -> Optional.of(month().toString());
            case "investor" -> Optional.of(investor);
            case "form" -> Optional.of(form.label());
            case "status" -> Optional.of(status.label());
            case "currency" -> Optional.of(amount.currency());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(investor);
    }
}
