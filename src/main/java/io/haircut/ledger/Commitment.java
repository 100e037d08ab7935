package io.haircut.ledger;

import java.util.Optional;

/** One year of a vendor's spending commitment (BRIEF.md section 5). */
public record Commitment(String vendor, int year, Money amount, Status status, SourceRef source) implements LedgerEntry {

    /** The value of a named field as text, for rule conditions (rules/README.md lists them). */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "vendor" -> Optional.of(vendor);
            case "year" -> Optional.of(Integer.toString(year));
            case "status" -> Optional.of(status.label());
            case "currency" -> Optional.of(amount.currency());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(vendor);
    }
}
