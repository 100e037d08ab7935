package io.haircut.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the startup's revenue ledger, as imported. {@code source} is the amount's cell;
 * {@code attributes} holds the optional columns (invoice, product, ...) by lower-case header.
 * {@code span} is the months the amount covers: one month for an invoice, a quarter or a year for a P&L
 * line of a quarterly or yearly statement ({@code date} is then the span's last day).
 * {@code basis} tells an actual figure from a forecast one; {@code namedCustomer} is false when
 * {@code customer} only names a P&L line ("(Revenue)"), so customer metrics cannot use it.
 */
public record RevenueEntry(
        LocalDate date,
        String customer,
        String channel,
        Settlement settlement,
        Money amount,
        Map<String, String> attributes,
        SourceRef source,
        Span span,
        FigureBasis basis,
        boolean namedCustomer) implements LedgerEntry {

    public RevenueEntry {
        attributes = Map.copyOf(attributes);
        span = span == null ? Span.month(YearMonth.from(date)) : span;
        basis = basis == null ? FigureBasis.ACTUAL : basis;
        if (!span.last().equals(YearMonth.from(date))) {
            throw new IllegalArgumentException("a revenue entry is dated in the last month of its span: " + date + " is outside " + span);
        }
    }

    /** An actual figure for one named customer, in the month of its date: an invoice line. */
    public RevenueEntry(LocalDate date, String customer, String channel, Settlement settlement, Money amount,
            Map<String, String> attributes, SourceRef source) {
        this(date, customer, channel, settlement, amount, attributes, source, null, FigureBasis.ACTUAL, true);
    }

    /** The same entry with another amount (a conversion, a rule's change), keeping its span and basis. */
    public RevenueEntry withAmount(Money newAmount) {
        return new RevenueEntry(date, customer, channel, settlement, newAmount, attributes, source, span, basis, namedCustomer);
    }

    public boolean isForecast() {
        return basis == FigureBasis.FORECAST;
    }

    public YearMonth month() {
        return span.last(); // the same month as the date's (checked when the entry is made), without a new object per call
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
            case "basis" -> Optional.of(basis.label());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.ofNullable(attributes.get(name));
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(customer);
    }
}
