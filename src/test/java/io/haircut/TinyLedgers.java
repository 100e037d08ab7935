package io.haircut;

import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Span;
import io.haircut.rules.Action;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small ledgers and rules written inline in tests, with every amount visible at the call site. */
public final class TinyLedgers {

    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    public TinyLedgers revenue(String date, String customer, Settlement settlement, String amount) {
        int row = revenue.size() + 2;
        revenue.add(new RevenueEntry(LocalDate.parse(date), customer, "direct", settlement,
                new Money(new BigDecimal(amount), "USD"), Map.of(), new SourceRef("tiny.xlsx", "Revenue", row, 4)));
        return this;
    }

    /**
     * A P&L line's figure over {@code months} months ending with {@code lastDay}'s month, such as a year's
     * revenue on an income statement: no customer, only the line's name in brackets.
     */
    public TinyLedgers line(String lastDay, String label, int months, Settlement settlement, String amount) {
        int row = revenue.size() + 2;
        LocalDate last = LocalDate.parse(lastDay);
        revenue.add(new RevenueEntry(last, "(" + label + ")", "direct", settlement, new Money(new BigDecimal(amount), "USD"), Map.of(),
                new SourceRef("tiny.xlsx", "P&L", row, 2), Span.ending(YearMonth.from(last), months), FigureBasis.ACTUAL, false));
        return this;
    }

    public TinyLedgers party(String name, String group, Relationship relationship) {
        parties.add(new Party(name, group, relationship, null));
        return this;
    }

    public Ledger ledger() {
        return new Ledger("tiny", List.of(), revenue, List.of(), List.of(), List.of(), List.of(), new PartyRegister(parties), List.of());
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
