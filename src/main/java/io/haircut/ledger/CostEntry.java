package io.haircut.ledger;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A period's cost in one category, and whether it was paid in cash or with cloud credits. {@code month}
 * is the last month of {@code span}: a month's row, or a quarter's or year's P&L cost line.
 */
public record CostEntry(YearMonth month, CostCategory category, Money amount, Settlement paidWith, SourceRef source, Span span, FigureBasis basis)
        implements LedgerEntry {

    public CostEntry {
        span = span == null ? Span.month(month) : span;
        basis = basis == null ? FigureBasis.ACTUAL : basis;
        if (!span.last().equals(month)) {
            throw new IllegalArgumentException("a cost entry's month is the last month of its span: " + month + " is not the end of " + span);
        }
    }

    /** An actual cost of one month. */
    public CostEntry(YearMonth month, CostCategory category, Money amount, Settlement paidWith, SourceRef source) {
        this(month, category, amount, paidWith, source, null, FigureBasis.ACTUAL);
    }

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
