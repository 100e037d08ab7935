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

    public Optional<YearMonth> firstMonth() {
        return revenue.stream().map(RevenueEntry::month).min(YearMonth::compareTo);
    }

    public Optional<YearMonth> lastMonth() {
        return revenue.stream().map(RevenueEntry::month).max(YearMonth::compareTo);
    }

    /** The currencies the revenue ledger is in; reports refuse to add more than one. */
    public Set<String> revenueCurrencies() {
        return revenue.stream().map(e -> e.amount().currency()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Distinct vendors with a commitment. */
    public long commitmentVendors() {
        return commitments.stream().map(Commitment::vendor).distinct().count();
    }
}
