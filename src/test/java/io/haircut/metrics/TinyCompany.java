package io.haircut.metrics;

import io.haircut.TinyLedgers;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Adjuster;
import io.haircut.rules.RuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A company written inline in a test, every table of the canonical layout, every amount visible at the
 * call site; {@link #adjusted()} applies the two shipped rules (cloud credits, then related parties).
 */
final class TinyCompany {

    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<CostEntry> costs = new ArrayList<>();
    private final List<CustomerCount> customers = new ArrayList<>();
    private final List<FundingEntry> funding = new ArrayList<>();
    private final List<CashBalance> cash = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<io.haircut.ledger.Commitment> commitments = new ArrayList<>();

    TinyCompany revenue(String date, String customer, Settlement settlement, String amount) {
        revenue.add(new RevenueEntry(LocalDate.parse(date), customer, "direct", settlement, Money.usd(amount), Map.of(),
                new SourceRef("tiny.xlsx", "Revenue", revenue.size() + 2, 4)));
        return this;
    }

    TinyCompany cost(String month, CostCategory category, Settlement paidWith, String amount) {
        costs.add(new CostEntry(YearMonth.parse(month), category, Money.usd(amount), paidWith,
                new SourceRef("tiny.xlsx", "Costs", costs.size() + 2, 2)));
        return this;
    }

    TinyCompany customers(String month, long active, long added, long churned) {
        customers.add(new CustomerCount(YearMonth.parse(month), active, added, churned,
                new SourceRef("tiny.xlsx", "Customers", customers.size() + 2, 1)));
        return this;
    }

    TinyCompany cash(String month, String balance) {
        cash.add(new CashBalance(YearMonth.parse(month), Money.usd(balance), Money.usd("0.00"),
                new SourceRef("tiny.xlsx", "Cash", cash.size() + 2, 1)));
        return this;
    }

    TinyCompany funding(String date, String investor, String amount, Settlement form, Status status) {
        funding.add(new FundingEntry(LocalDate.parse(date), investor, Money.usd(amount), form, status,
                new SourceRef("tiny.xlsx", "Funding", funding.size() + 2, 2)));
        return this;
    }

    TinyCompany commitment(String vendor, int year, String amount, Status status) {
        commitments.add(new io.haircut.ledger.Commitment(vendor, year, Money.usd(amount), status,
                new SourceRef("tiny.xlsx", "Commitments", commitments.size() + 2, 2)));
        return this;
    }

    TinyCompany party(String name, String group, Relationship relationship) {
        parties.add(new Party(name, group, relationship, null));
        return this;
    }

    Ledger ledger() {
        return new Ledger("Tiny AI", List.of(), revenue, costs, customers, funding, commitments, new PartyRegister(parties), cash);
    }

    AdjustedLedger adjusted() {
        return Adjuster.apply(ledger(), new RuleSet(List.of(TinyLedgers.cloudCreditStrip(), TinyLedgers.relatedPartyStrip()), List.of()));
    }
}
