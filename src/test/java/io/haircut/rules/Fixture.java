package io.haircut.rules;

import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small ledger of every table written inline in a test, each entry on the next row of its sheet
 * of "book.xlsx" so that source cells read like the real thing: revenue amounts in column E, costs in
 * C, funding in C, commitments in C.
 */
final class Fixture {

    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<CostEntry> costs = new ArrayList<>();
    private final List<FundingEntry> funding = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    static Fixture book() {
        return new Fixture();
    }

    /** A revenue line: date, customer, settlement, amount; channel direct. */
    Fixture revenue(String date, String customer, Settlement settlement, String amount) {
        return revenue(date, customer, "direct", settlement, amount, Map.of());
    }

    /** A revenue line with its extra columns ({@code "partner_fee", "20.00"}, ...). */
    Fixture revenue(String date, String customer, String channel, Settlement settlement, String amount,
            Map<String, String> extra) {
        revenue.add(new RevenueEntry(LocalDate.parse(date), customer, channel, settlement, Money.usd(amount),
                new LinkedHashMap<>(extra), new SourceRef("book.xlsx", "Revenue", revenue.size() + 2, 4)));
        return this;
    }

    /** A P&L line's figure for the {@code months} months ending in {@code lastDay}'s month: no customer, the line's name in brackets. */
    Fixture line(String lastDay, String label, int months, String amount) {
        LocalDate last = LocalDate.parse(lastDay);
        revenue.add(new RevenueEntry(last, "(" + label + ")", "direct", Settlement.CASH, Money.usd(amount), Map.of(),
                new SourceRef("book.xlsx", "P&L", revenue.size() + 2, 4), Span.ending(YearMonth.from(last), months), FigureBasis.ACTUAL, false));
        return this;
    }

    Fixture cost(String month, CostCategory category, Settlement paidWith, String amount) {
        costs.add(new CostEntry(YearMonth.parse(month), category, Money.usd(amount), paidWith,
                new SourceRef("book.xlsx", "Costs", costs.size() + 2, 2)));
        return this;
    }

    Fixture funding(String date, String investor, String amount, Settlement form, Status status) {
        funding.add(new FundingEntry(LocalDate.parse(date), investor, Money.usd(amount), form, status,
                new SourceRef("book.xlsx", "Funding", funding.size() + 2, 2)));
        return this;
    }

    Fixture commitment(String vendor, int year, String amount, Status status) {
        commitments.add(new Commitment(vendor, year, Money.usd(amount), status,
                new SourceRef("book.xlsx", "Commitments", commitments.size() + 2, 2)));
        return this;
    }

    Fixture party(String name, String group, Relationship relationship) {
        parties.add(new Party(name, group, relationship, new SourceRef("book.xlsx", "Parties", parties.size() + 2, 0)));
        return this;
    }

    Ledger ledger() {
        return new Ledger("book", List.of(), revenue, costs, List.of(), funding, commitments, new PartyRegister(parties),
                List.of());
    }

    /** Rules from YAML text, as if read from rules/t.yaml. */
    static RuleSet rules(String yaml) {
        return RuleFiles.parse("rules/t.yaml", yaml);
    }

    static AdjustedLedger apply(Fixture book, String yaml) {
        return Adjuster.apply(book.ledger(), rules(yaml));
    }

    /** A rule around a {@code when} block and action lines, on the given table and view. */
    static String rule(String id, String table, String view, String when, String... doing) {
        StringBuilder y = new StringBuilder("id: " + id + "\ndescription: d\nbasis: b\napplies-to: " + table + "\nview: "
                + view + "\nwhen:\n");
        when.lines().forEach(l -> y.append("  ").append(l).append('\n'));
        for (String d : doing) {
            y.append(d).append('\n');
        }
        return y.toString();
    }

    static BigDecimal sum(List<TrailRow> rows) {
        return rows.stream().map(TrailRow::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<String> cells(List<TrailRow> rows) {
        return rows.stream().map(r -> r.entry().source().cell()).toList();
    }
}
