package io.haircut.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the startup's revenue ledger, as imported. {@code source} is the amount's cell;
 * {@code attributes} holds the optional columns (invoice, product, ...) by lower-case header.
 */
public record RevenueEntry(
        LocalDate date,
        String customer,
        String channel,
        Settlement settlement,
        Money amount,
        Map<String, String> attributes,
        SourceRef source) implements LedgerEntry {

    public RevenueEntry {
        attributes = Map.copyOf(attributes);
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    /**
     * The value of a named field as text, for rule conditions: the fixed fields by name, then the
     * optional columns. Empty when the entry has no such field.
     */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "customer" -> Optional.of(customer);
            case "channel" -> Optional.of(channel);
            case "settlement" -> Optional.of(settlement.label());
            case "currency" -> Optional.of(amount.currency());
            case "date" -> Optional.of(date.toString());
            case "month" -> Optional.of(month().toString());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.ofNullable(attributes.get(name));
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(customer);
    }
}
