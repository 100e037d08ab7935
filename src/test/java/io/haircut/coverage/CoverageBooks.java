package io.haircut.coverage;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
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
import io.haircut.rules.Rule;
import io.haircut.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiny companies for coverage tests: every revenue line, commitment and balance written at the call site. */
final class CoverageBooks {

    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<CashBalance> cash = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<io.haircut.ledger.FundingEntry> funding = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    static Money usd(String amount) {
        return Money.usd(amount);
    }

    static SourceRef cell(String sheet, int row, int column) {
        return new SourceRef("books.xlsx", sheet, row, column);
    }

    /** The same amount, in cash, from one customer, in every month from {@code first} to {@code last}. */
    CoverageBooks monthly(String first, String last, String customer, String amount) {
        for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
            revenue(m + "-15", customer, Settlement.CASH, amount);
        }
        return this;
    }

    CoverageBooks revenue(String date, String customer, Settlement settlement, String amount) {
        revenue.add(new RevenueEntry(java.time.LocalDate.parse(date), customer, "direct", settlement, usd(amount), Map.of(),
                cell("Revenue", revenue.size() + 2, 4)));
        return this;
    }

    CoverageBooks year(String vendor, int year, String amount, Status status) {
        commitments.add(new Commitment(vendor, year, usd(amount), status, cell("Commitments", commitments.size() + 2, 2)));
        return this;
    }

    CoverageBooks add(Commitment c) {
        commitments.add(c);
        return this;
    }

    CoverageBooks cash(String month, String onHand, String unusedCredits) {
        cash.add(new CashBalance(YearMonth.parse(month), usd(onHand), usd(unusedCredits), cell("Cash", cash.size() + 2, 1)));
        return this;
    }

    CoverageBooks party(String name, String group, Relationship relationship) {
        parties.add(new Party(name, group, relationship, cell("Parties", parties.size() + 2, 0)));
        return this;
    }

    CoverageBooks funding(String date, String investor, Settlement form, Status status, String amount) {
        funding.add(new io.haircut.ledger.FundingEntry(java.time.LocalDate.parse(date), investor, usd(amount), form, status,
                cell("Funding", funding.size() + 2, 2)));
        return this;
    }

    CoverageBooks rule(Rule rule) {
        rules.add(rule);
        return this;
    }

    Ledger ledger() {
        return new Ledger("books", List.of(), revenue, List.of(), List.of(), funding, commitments, new PartyRegister(parties), cash);
    }

    AdjustedLedger adjusted() {
        return Adjuster.apply(ledger(), new RuleSet(rules, List.of()));
    }

    CoverageReport coverage(String growth) {
        return Coverage.of(adjusted(), Scenario.constant("test", new BigDecimal(growth)), CoverageOptions.bindingOnly());
    }

    CoverageReport coverage(Scenario scenario, CoverageOptions options) {
        return Coverage.of(adjusted(), scenario, options);
    }
}
