package io.haircut.rules.applied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.haircut.HaircutException;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.files.RuleFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules applied to a tiny ledger written here; every expected amount is worked out by hand. */
class AdjusterTest {

    private static SourceRef cell(int row) {
        return new SourceRef("book.xlsx", "Revenue", row, 4);
    }

    private static RevenueEntry entry(int row, String customer, String channel, Settlement settlement, String amount) {
        return entry(row, customer, channel, settlement, amount, Map.of());
    }

    private static RevenueEntry entry(int row, String customer, String channel, Settlement settlement, String amount,
            Map<String, String> attributes) {
        return new RevenueEntry(LocalDate.of(2026, 1, row), customer, channel, settlement, Money.usd(amount), attributes, cell(row));
    }

    // The Parties sheet: one investor group (Amazon) under two aliases, and an unrelated customer.
    private static final PartyRegister PARTIES = new PartyRegister(List.of(
            new Party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 2, 0)),
            new Party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 3, 0)),
            new Party("Globex Ltd", "Globex", Relationship.OTHER, new SourceRef("book.xlsx", "Parties", 4, 0))));

    // Rows 2..6 of the Revenue sheet.
    private static final RevenueEntry ACME_CASH = entry(2, "Acme Corp", "direct", Settlement.CASH, "1000.00");
    private static final RevenueEntry ACME_CREDIT = entry(3, "Acme Corp", "aws-marketplace", Settlement.CLOUD_CREDIT, "250.00");
    /** The second alias, spelt differently: "AWS EMEA S.A.R.L." normalises like "AWS EMEA SARL". */
    private static final RevenueEntry AWS_CASH = entry(4, "AWS EMEA S.A.R.L.", "direct", Settlement.CASH, "400.00");
    private static final RevenueEntry AWS_CREDIT = entry(5, "AMAZON WEB SERVICES INC", "aws-marketplace", Settlement.CLOUD_CREDIT, "600.00");
    private static final RevenueEntry GLOBEX_CASH = entry(6, "Globex", "direct", Settlement.CASH, "1000.10");

    private static Ledger ledger(RevenueEntry... revenue) {
        return new Ledger("Frontier AI", List.of(), List.of(revenue), List.of(), List.of(), List.of(), List.of(), PARTIES, List.of());
    }

    private static final Ledger LEDGER = ledger(ACME_CASH, ACME_CREDIT, AWS_CASH, AWS_CREDIT, GLOBEX_CASH);

    @Test
    void theShippedRulesStripCreditsFromCashAndInvestorsFromAdjusted() {
        RuleSet shipped = RuleFiles.load(Path.of("rules/cloud-credit-revenue.yaml"))
                .plus(RuleFiles.load(Path.of("rules/related-party-revenue.yaml")));
        AdjustedLedger result = Adjuster.apply(LEDGER, shipped);

        assertThat(result.adjustments()).extracting(a -> a.entry().source().cell(), a -> a.rule().id(), a -> a.change().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("E3", "cloud-credit-revenue", "-250.00"),
                        org.assertj.core.groups.Tuple.tuple("E4", "related-party-revenue", "-400.00"),
                        org.assertj.core.groups.Tuple.tuple("E5", "cloud-credit-revenue", "-600.00"));
        // Amazon's credit-settled line matches both rules; the cash rule loads first and takes it.
        assertThat(result.conflicts().stream().filter(c -> c.scope() == Scope.REVENUE && c.blocked()).toList()).singleElement().satisfies(o -> {
            assertThat(o.entry()).isEqualTo(AWS_CREDIT);
            assertThat(o.first().id()).isEqualTo("cloud-credit-revenue");
            assertThat(o.later().id()).isEqualTo("related-party-revenue");
        });

        // Reported 1000.00 + 250.00 + 400.00 + 600.00 + 1000.10 = 3250.10
        // Cash     3250.10 - 250.00 - 600.00 = 2400.10
        // Adjusted 2400.10 - 400.00          = 2000.10
        RevenueBridge bridge = Bridges.total(result);
        assertThat(bridge.reported().amount()).isEqualByComparingTo("3250.10");
        assertThat(bridge.cash().amount()).isEqualByComparingTo("2400.10");
        assertThat(bridge.adjusted().amount()).isEqualByComparingTo("2000.10");
    }

    @Test
    void theCashViewGoesFirstWhateverTheLoadOrder() {
        RuleSet rules = RuleFiles.parse("rules/order.yaml", """
                rules:
                  - id: investors-first
                    description: d
                    basis: ASC 850
                    view: adjusted
                    when: {counterparty: {group: Amazon}}
                    action: strip
                  - id: credits-second
                    description: d
                    basis: ASC 606
                    view: cash
                    when: {settlement: cloud-credit}
                    action: strip
                """);

        AdjustedLedger result = Adjuster.apply(ledger(AWS_CREDIT), rules);

        // Reported -> Cash is about settlement: the credit-settled 600.00 leaves at the cash step although
        // its rule loads second; the adjusted rule then finds nothing left of it.
        assertThat(result.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.rule().id()).isEqualTo("credits-second");
            assertThat(a.change()).isEqualByComparingTo("-600.00");
        });
        assertThat(result.conflicts().stream().filter(c -> c.scope() == Scope.REVENUE && c.blocked()).toList()).singleElement().satisfies(o -> {
            assertThat(o.first().id()).isEqualTo("credits-second");
            assertThat(o.later().id()).isEqualTo("investors-first");
        });
        assertThat(result.conflicts()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Conflict.Kind.NOTHING_LEFT));
    }

    @Test
    void aHaircutRemovesItsShareExactly() {
        RuleSet rules = RuleFiles.parse("rules/share.yaml", """
                id: globex-joint-customer
                description: Globex resells 30% of this revenue on our behalf
                basis: ASC 606-10-55-36..40
                view: adjusted
                when:
                  customer: Globex
                action: haircut
                percent: 30%
                """);

        AdjustedLedger result = Adjuster.apply(LEDGER, rules);

        // 30% of 1,000.10 is 300.03; 1,000.10 - 300.03 = 700.07
        assertThat(result.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.entry()).isEqualTo(GLOBEX_CASH);
            assertThat(a.before()).isEqualByComparingTo("1000.10");
            assertThat(a.change()).isEqualByComparingTo("-300.03");
            assertThat(a.after()).isEqualByComparingTo("700.07");
        });
        assertThat(result.conflicts().stream().filter(c -> c.scope() == Scope.REVENUE && c.blocked()).toList()).isEmpty();
    }

    @Test
    void aFlagNeverBlocksALaterRule() {
        RuleSet rules = RuleFiles.parse("rules/flags.yaml", """
                rules:
                  - id: marketplace-flag
                    description: Sold through a cloud marketplace
                    basis: ASC 606-10-55-36..40 (principal vs agent)
                    view: adjusted
                    when: {channel: aws-marketplace}
                    action: flag
                  - id: credits
                    description: d
                    basis: ASC 606-10-32-21
                    view: cash
                    when: {settlement: cloud-credit}
                    action: strip
                """);

        AdjustedLedger result = Adjuster.apply(LEDGER, rules);

        // Rows 3 and 5 are both marketplace and credit-settled: stripped in the cash view, then flagged in
        // the adjusted view, where nothing of them is left (before 0, after 0).
        assertThat(result.adjustments()).extracting(a -> a.entry().source().cell(), a -> a.rule().id(),
                        a -> a.before().toPlainString(), a -> a.change().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("E3", "credits", "250.00", "-250.00"),
                        org.assertj.core.groups.Tuple.tuple("E3", "marketplace-flag", "0", "0"),
                        org.assertj.core.groups.Tuple.tuple("E5", "credits", "600.00", "-600.00"),
                        org.assertj.core.groups.Tuple.tuple("E5", "marketplace-flag", "0", "0"));
        assertThat(result.conflicts().stream().filter(c -> c.scope() == Scope.REVENUE && c.blocked()).toList()).isEmpty();
    }

    @Test
    void aCatastrophicPatternStopsQuicklyWithTheRuleAndTheCell() {
        RuleSet rules = RuleFiles.parse("rules/slow.yaml", """
                id: slow-pattern
                description: d
                basis: b
                view: adjusted
                when:
                  invoice: {matches: '(a+)+$'}
                action: flag
                """);
        String longValue = "a".repeat(50_000) + "!";
        Ledger ledger = ledger(entry(7, "Acme Corp", "direct", Settlement.CASH, "1.00", Map.of("invoice", longValue)));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> Adjuster.apply(ledger, rules))
                .isInstanceOf(HaircutException.class)
                .hasMessage("rules/slow.yaml:1: rule 'slow-pattern' stopped on the entry at book.xlsx!Revenue!E7: its pattern"
                        + " took too long on a value of 50001 characters; simplify the pattern (avoid nested repeats such as"
                        + " (a+)+) or use contains:"));
    }
}
