package io.haircut;

import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Span;
import io.haircut.ledger.Status;
import io.haircut.rules.Action;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.RuleSet;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small company written inline in a test, every table of the canonical layout and every amount visible
 * at the call site, in USD. Each entry sits on the next row of its sheet of one workbook ({@code file}),
 * so that source cells read like the real thing: revenue amounts in column E, costs, funding and
 * commitments in C, cash and customers in B, parties in A.
 */
public final class LedgerFixture {

    private final String company;
    private final String file;
    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<CostEntry> costs = new ArrayList<>();
    private final List<CustomerCount> customers = new ArrayList<>();
    private final List<FundingEntry> funding = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<CashBalance> cash = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private LedgerFixture(String company, String file) {
        this.company = company;
        this.file = file;
    }

    /** The company {@code company}, its cells in {@code file}, no rules. */
    public static LedgerFixture of(String company, String file) {
        return new LedgerFixture(company, file);
    }

    /** "Tiny AI" in tiny.xlsx with the two shipped rules (cloud credits, then related parties), as metrics tests measure it. */
    public static LedgerFixture tinyCompany() {
        return of("Tiny AI", "tiny.xlsx").rule(cloudCreditStrip()).rule(relatedPartyStrip());
    }

    public static Money usd(String amount) {
        return Money.usd(amount);
    }

    private SourceRef cell(String sheet, List<?> rows, int column) {
        return new SourceRef(file, sheet, rows.size() + 2, column);
    }

    /** A revenue line: date, customer, settlement, amount; channel direct. */
    public LedgerFixture revenue(String date, String customer, Settlement settlement, String amount) {
        return revenue(date, customer, "direct", settlement, amount, Map.of());
    }

    /** A revenue line with its extra columns ({@code "partner_fee", "20.00"}, ...). */
    public LedgerFixture revenue(String date, String customer, String channel, Settlement settlement, String amount,
            Map<String, String> extra) {
        revenue.add(new RevenueEntry(LocalDate.parse(date), customer, channel, settlement, usd(amount), new LinkedHashMap<>(extra),
                cell("Revenue", revenue, 4)));
        return this;
    }

    /** The same amount, in cash, from one customer, on the 15th of every month from {@code first} to {@code last}. */
    public LedgerFixture monthly(String first, String last, String customer, String amount) {
        for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
            revenue(m + "-15", customer, Settlement.CASH, amount);
        }
        return this;
    }

    /**
     * A P&L line's figure over {@code months} months ending with {@code lastDay}'s month, such as a year's
     * revenue on an income statement: no customer, only the line's name in brackets.
     */
    public LedgerFixture line(String lastDay, String label, int months, Settlement settlement, String amount) {
        LocalDate last = LocalDate.parse(lastDay);
        revenue.add(new RevenueEntry(last, "(" + label + ")", "direct", settlement, usd(amount), Map.of(),
                cell("P&L", revenue, 4), Span.ending(YearMonth.from(last), months), FigureBasis.ACTUAL, false));
        return this;
    }

    /** A P&L line's figure received in cash. */
    public LedgerFixture line(String lastDay, String label, int months, String amount) {
        return line(lastDay, label, months, Settlement.CASH, amount);
    }

    public LedgerFixture cost(String month, CostCategory category, Settlement paidWith, String amount) {
        costs.add(new CostEntry(YearMonth.parse(month), category, usd(amount), paidWith, cell("Costs", costs, 2)));
        return this;
    }

    public LedgerFixture customers(String month, long active, long added, long churned) {
        customers.add(new CustomerCount(YearMonth.parse(month), active, added, churned, cell("Customers", customers, 1)));
        return this;
    }

    public LedgerFixture funding(String date, String investor, String amount, Settlement form, Status status) {
        funding.add(new FundingEntry(LocalDate.parse(date), investor, usd(amount), form, status, cell("Funding", funding, 2)));
        return this;
    }

    public LedgerFixture funding(FundingEntry f) {
        funding.add(f);
        return this;
    }

    /** One year of a vendor's commitment. */
    public LedgerFixture commitment(String vendor, int year, String amount, Status status) {
        return commitment(new Commitment(vendor, year, usd(amount), status, cell("Commitments", commitments, 2)));
    }

    public LedgerFixture commitment(Commitment c) {
        commitments.add(c);
        return this;
    }

    /** Cash on hand at a month end, no unused credits. */
    public LedgerFixture cash(String month, String onHand) {
        return cash(month, onHand, "0.00");
    }

    public LedgerFixture cash(String month, String onHand, String unusedCredits) {
        cash.add(new CashBalance(YearMonth.parse(month), usd(onHand), usd(unusedCredits), cell("Cash", cash, 1)));
        return this;
    }

    public LedgerFixture party(String name, String group, Relationship relationship) {
        parties.add(new Party(name, group, relationship, cell("Parties", parties, 0)));
        return this;
    }

    public LedgerFixture rule(Rule rule) {
        rules.add(rule);
        return this;
    }

    public Ledger ledger() {
        return new Ledger(company, List.of(), revenue, costs, customers, funding, commitments, new PartyRegister(parties), cash);
    }

    /** The ledger with the fixture's rules applied. */
    public AdjustedLedger adjusted() {
        return Adjuster.apply(ledger(), new RuleSet(rules, List.of()));
    }

    /** Coverage at a constant growth rate, binding commitments only. */
    public CoverageReport coverage(String growth) {
        return coverage(Scenario.constant("test", new BigDecimal(growth)), CoverageOptions.bindingOnly());
    }

    public CoverageReport coverage(Scenario scenario, CoverageOptions options) {
        return Coverage.of(adjusted(), scenario, options);
    }

    public static Rule cloudCreditStrip() {
        return new Rule("cloud-credit-revenue", "credits are not cash", "ASC 606-10-32-21",
                new Condition.FieldIn("settlement", Set.of("cloud-credit")), new Action.Strip(), View.CASH,
                new RuleOrigin("rules/cloud-credit-revenue.yaml", 2));
    }

    public static Rule relatedPartyStrip() {
        return new Rule("related-party-revenue", "investors' revenue", "ASC 850",
                new Condition.Counterparty(Set.of(), Set.of(Relationship.INVESTOR, Relationship.AFFILIATE)),
                new Action.Strip(), View.ADJUSTED, new RuleOrigin("rules/related-party-revenue.yaml", 2));
    }

    public static Rule relatedPartyHaircut(String percent) {
        return new Rule("related-party-haircut", "half of the investors' revenue", "ASC 850",
                new Condition.Counterparty(Set.of(), Set.of(Relationship.INVESTOR)),
                new Action.Haircut(new BigDecimal(percent)), View.ADJUSTED, new RuleOrigin("rules/haircut.yaml", 2));
    }
}
