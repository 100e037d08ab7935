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
        return Optional.ofNullable(facts().firstMonth());
    }

    public Optional<YearMonth> lastMonth() {
        return Optional.ofNullable(facts().lastMonth());
    }

    /** The longest span of a revenue figure, in months: 1 for monthly data, 3 when some figures are quarters, 12 for years. */
    public int longestRevenueSpan() {
        return facts().longestSpan();
    }

    /** Whether any revenue figure is a forecast (imported with --include forecast). */
    public boolean hasForecasts() {
        return facts().forecasts() || costs.stream().anyMatch(c -> c.basis() == FigureBasis.FORECAST);
    }

    /**
     * The one currency of the revenue, the first entry's (USD when there is none): a report adds revenue
     * only in one, so an entry in another is refused, named by its cell ({@link Money#requireCurrency}).
     */
    public String revenueCurrency() {
        if (revenue.isEmpty()) {
            return Money.USD;
        }
        RevenueFacts facts = facts();
        if (facts.oneCurrency()) {
            return facts.currency();
        }
        RevenueEntry first = revenue.get(0);
        String currency = first.amount().currency();
        String holder = (first.source() == null ? "the revenue" : "the revenue at " + first.source()) + " is";
        for (RevenueEntry e : revenue) {
            Money.requireCurrency(e.amount(), e.source(), currency, holder);
        }
        return currency;
    }

    /** The revenue's currency when it has entries and all are in that one; empty when there are none or they mix currencies. */
    public Optional<String> oneRevenueCurrency() {
        return revenue.isEmpty() || !facts().oneCurrency() ? Optional.empty() : Optional.of(facts().currency());
    }

    /**
     * What every report asks of the revenue as a whole, worked out in one pass over it and kept for the last
     * ledger asked about: a session's reports ask for them many times, and on a million entries each pass
     * takes a good part of a second. The ledger is immutable, so it is compared by identity.
     */
    record RevenueFacts(YearMonth firstMonth, YearMonth lastMonth, int longestSpan, boolean forecasts, String currency,
            boolean oneCurrency) {

        static RevenueFacts of(List<RevenueEntry> revenue) {
            YearMonth first = null;
            YearMonth last = null;
            int longest = 1;
            boolean forecasts = false;
            String currency = revenue.isEmpty() ? Money.USD : revenue.get(0).amount().currency();
            boolean one = true;
            for (RevenueEntry e : revenue) {
                YearMonth from = e.span().first();
                YearMonth to = e.month();
                first = first == null || from.isBefore(first) ? from : first;
                last = last == null || to.isAfter(last) ? to : last;
                longest = Math.max(longest, e.span().months());
                forecasts |= e.isForecast();
                one &= e.amount().currency().equals(currency);
            }
            return new RevenueFacts(first, last, longest, forecasts, currency, one);
        }
    }

    /** The facts of the ledger last asked about (weakly held), and the ledger. */
    private record Asked(java.lang.ref.WeakReference<Ledger> ledger, RevenueFacts facts) {
    }

    private static volatile Asked lastAsked = new Asked(new java.lang.ref.WeakReference<>(null), null);

    private RevenueFacts facts() {
        Asked last = lastAsked;
        if (last.ledger().get() == this) {
            return last.facts();
        }
        RevenueFacts facts = RevenueFacts.of(revenue);
        lastAsked = new Asked(new java.lang.ref.WeakReference<>(this), facts);
        return facts;
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
