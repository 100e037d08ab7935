package io.haircut.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The company's financials as imported, before any rule: what every later stage reads.
 * Only revenue is required; the other tables are empty when the data room did not give them.
 */
public record Ledger(
        String company,
        List<SourceFile> files,
        List<RevenueEntry> revenue,
        List<CostEntry> costs,
        List<CustomerCount> customers,
        List<FundingEntry> funding,
        List<Commitment> commitments,
        PartyRegister parties,
        List<CashBalance> cash) {

    public Ledger {
        files = List.copyOf(files);
        revenue = List.copyOf(revenue);
        costs = List.copyOf(costs);
        customers = List.copyOf(customers);
        funding = List.copyOf(funding);
        commitments = List.copyOf(commitments);
        cash = List.copyOf(cash);
    }

    /** The first month any revenue figure covers: a quarter's figure covers its first month too. */
    public Optional<YearMonth> firstMonth() {
        return revenue.stream().map(e -> e.span().first()).min(YearMonth::compareTo);
    }

    public Optional<YearMonth> lastMonth() {
        return revenue.stream().map(RevenueEntry::month).max(YearMonth::compareTo);
    }

    /** The longest span of a revenue figure, in months: 1 for monthly data, 3 when some figures are quarters, 12 for years. */
    public int longestRevenueSpan() {
        return revenue.stream().mapToInt(e -> e.span().months()).max().orElse(1);
    }

    /** Whether any revenue figure is a forecast (imported with --include forecast). */
    public boolean hasForecasts() {
        return revenue.stream().anyMatch(RevenueEntry::isForecast) || costs.stream().anyMatch(c -> c.basis() == FigureBasis.FORECAST);
    }

    /**
     * The one currency of the revenue, the first entry's (USD when there is none): a report adds revenue
     * only in one, so an entry in another is refused, named by its cell ({@link Money#requireCurrency}).
     */
    public String revenueCurrency() {
        if (revenue.isEmpty()) {
            return Money.USD;
        }
        RevenueEntry first = revenue.get(0);
        String currency = first.amount().currency();
        String holder = (first.source() == null ? "the revenue" : "the revenue at " + first.source()) + " is";
        for (RevenueEntry e : revenue) {
            Money.requireCurrency(e.amount(), e.source(), currency, holder);
        }
        return currency;
    }

    /** The currencies the revenue ledger is in, for the import's warning; reports take {@link #revenueCurrency()}. */
    public Set<String> revenueCurrencies() {
        return revenue.stream().map(e -> e.amount().currency()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Distinct vendors with a commitment. */
    public long commitmentVendors() {
        return commitments.stream().map(Commitment::vendor).distinct().count();
    }
}
