package io.haircut.rules.applied;

import static io.haircut.rules.RuleTexts.apply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.haircut.LedgerFixture;
import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleSet;
import io.haircut.rules.RuleTexts;
import io.haircut.rules.Scope;
import io.haircut.rules.files.RuleFiles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precedence (docs/rules.md, "Precedence"): the cash view before the adjusted view; within a view
 * priority, then load order; the first rule that changes an entry takes it for its view; a rule in the
 * adjusted view works on what the cash view left; flags never block; disabled rules do not apply.
 */
class PrecedenceTest {

    // E2 an investor's credit-settled 1000.00; E3 an investor's cash 400.00; E4 a third party's cash 100.00
    private static final LedgerFixture BOOK = LedgerFixture.of("book", "book.xlsx")
            .revenue("2025-01-01", "Amazon Web Services, Inc.", Settlement.CLOUD_CREDIT, "1000.00")
            .revenue("2025-01-02", "AWS EMEA SARL", Settlement.CASH, "400.00")
            .revenue("2025-01-03", "Acme", Settlement.CASH, "100.00")
            .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
            .party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR);

    private static final String HALF_OF_CREDITS = """
              - id: half-of-credits
                description: d
                basis: b
                view: cash
                when: {settlement: cloud-credit}
                action: haircut
                percent: 50
            """;

    private static final String INVESTORS = """
              - id: investors
                description: d
                basis: b
                view: adjusted
                when: {relationship: investor}
                action: strip
            """;

    @Test
    void everyRevenueLineCarriesItsAmountInEachViewInLedgerOrder() {
        AdjustedLedger a = apply(BOOK, "rules:\n" + INVESTORS + HALF_OF_CREDITS);

        // E2: half of 1000.00 in credits leaves 500.00 cash; the investor strip then takes what the cash view left.
        // E3: an investor's cash stays in the cash view and leaves the adjusted one. E4: no rule, 100.00 everywhere.
        assertThat(a.revenueLines()).extracting(l -> l.entry().source().cell(), l -> cents(l.amounts().reported()),
                l -> cents(l.amounts().cash()), l -> cents(l.amounts().adjusted()))
                .containsExactly(tuple("E2", "1000.00", "500.00", "0.00"), tuple("E3", "400.00", "400.00", "0.00"),
                        tuple("E4", "100.00", "100.00", "100.00"));
        assertThat(a.revenueLines().get(2).adjusted()).isEqualByComparingTo("100");
        assertThat(Adjuster.apply(BOOK.ledger(), RuleSet.empty()).revenueLines())
                .allSatisfy(l -> assertThat(l.adjusted()).isEqualByComparingTo(l.entry().amount().amount()));
    }

    @Test
    void theAdjustedViewAppliesToWhatTheCashViewLeft() {
        AdjustedLedger a = apply(BOOK, "rules:\n" + INVESTORS + HALF_OF_CREDITS);

        // E2: cash view halves 1000.00 -> 500.00; adjusted view strips the remaining 500.00.
        // E3: only the adjusted view: 400.00 -> 0.
        assertThat(a.trail()).extracting(r -> r.entry().source().cell(), r -> r.rule().id(), r -> r.before().toPlainString(),
                        r -> r.after().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("E2", "half-of-credits", "1000.00", "500"), tuple("E2", "investors", "500.0000", "0"),
                        tuple("E3", "investors", "400.00", "0"));
        assertThat(a.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.REMAINDER);
            assertThat(c.first().id()).isEqualTo("half-of-credits");
            assertThat(c.later().id()).isEqualTo("investors");
            assertThat(c.amountLeft()).isEqualByComparingTo("500.00");
        });
        // Reported 1500.00; cash step -500.00 -> Cash 1000.00; adjusted step -500.00 - 400.00 -> Adjusted 100.00
        RevenueBridge b = Bridges.total(a);
        assertThat(b.cash().amount()).isEqualByComparingTo("1000.00");
        assertThat(b.adjusted().amount()).isEqualByComparingTo("100.00");
        assertThat(b.adjustedSteps()).singleElement().satisfies(s -> assertThat(s.amount().amount()).isEqualByComparingTo("-900.00"));
    }

    @Test
    void withinAViewTheFirstRuleTakesTheEntryAndALaterOneIsSkipped() {
        AdjustedLedger a = apply(BOOK, """
                rules:
                  - id: haircut-first
                    description: d
                    basis: b
                    view: adjusted
                    when: {relationship: investor}
                    action: haircut
                    percent: 25
                """ + INVESTORS);

        // E2 and E3: the haircut loads first and takes them; the strip is skipped, so nothing is removed twice.
        // 25% of 1000.00 = 250.00; 25% of 400.00 = 100.00
        assertThat(a.trail()).extracting(r -> r.rule().id()).containsOnly("haircut-first");
        assertThat(RuleTexts.sum(a.trail())).isEqualByComparingTo("-350.00");
        assertThat(a.conflicts()).extracting(c -> c.entry().source().cell(), Conflict::kind)
                .containsExactly(tuple("E2", Conflict.Kind.SKIPPED), tuple("E3", Conflict.Kind.SKIPPED));
        assertThat(a.conflicts().stream().filter(c -> c.scope() == Scope.REVENUE && c.blocked()).toList()).extracting(o -> o.later().id()).containsOnly("investors");
    }

    @Test
    void aHigherPriorityAppliesFirstWhateverTheLoadOrder() {
        AdjustedLedger a = apply(BOOK, "rules:\n" + INVESTORS + """
                  - id: haircut-second
                    description: d
                    basis: b
                    view: adjusted
                    priority: 5
                    when: {relationship: investor}
                    action: haircut
                    percent: 25
                """);

        assertThat(a.trail()).extracting(r -> r.rule().id()).containsOnly("haircut-second");
        // The bridge lists the adjusted steps in the order they applied: haircut-second, then investors.
        assertThat(Bridges.total(a).adjustedSteps()).extracting(s -> s.rule().id())
                .containsExactly("haircut-second", "investors");
    }

    @Test
    void nothingLeftForTheAdjustedViewIsAConflictNotAZeroAdjustment() {
        AdjustedLedger a = apply(BOOK, """
                rules:
                  - id: credits
                    description: d
                    basis: b
                    view: cash
                    when: {settlement: cloud-credit}
                    action: strip
                """ + INVESTORS);

        // E2 leaves in the cash view (1000.00); the investor rule finds nothing left of it and takes only E3 (400.00).
        assertThat(a.trail()).extracting(r -> r.entry().source().cell(), r -> r.rule().id())
                .containsExactly(tuple("E2", "credits"), tuple("E3", "investors"));
        assertThat(a.conflicts()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Conflict.Kind.NOTHING_LEFT));
        List<BridgeStep> adjustedSteps = Bridges.total(a).adjustedSteps();
        assertThat(adjustedSteps.get(0).entries()).isEqualTo(1);
        assertThat(adjustedSteps.get(0).amount().amount()).isEqualByComparingTo("-400.00");
    }

    @Test
    void flagsNeverBlockAndDisabledRulesDoNotApply() {
        RuleSet rules = RuleTexts.rules("""
                rules:
                  - id: look-at-investors
                    description: d
                    basis: b
                    view: adjusted
                    priority: 9
                    when: {relationship: investor}
                    action: flag
                """ + INVESTORS);
        AdjustedLedger both = Adjuster.apply(BOOK.ledger(), rules);
        assertThat(both.trail()).extracting(r -> r.rule().id())
                .containsExactly("look-at-investors", "investors", "look-at-investors", "investors");
        assertThat(both.conflicts()).isEmpty();

        AdjustedLedger flagOnly = Adjuster.apply(BOOK.ledger(), rules.withDisabled("investors", true));
        assertThat(flagOnly.trail()).extracting(r -> r.rule().id()).containsOnly("look-at-investors");
        // a disabled rule has no bridge step; enabling it again brings it back
        assertThat(Bridges.total(flagOnly).adjustedSteps()).extracting(s -> s.rule().id()).containsExactly("look-at-investors");
        assertThat(Adjuster.apply(BOOK.ledger(), rules.withDisabled("investors", true).withDisabled("investors", false))
                .trail()).hasSize(4);
        assertThatThrownBy(() -> rules.withDisabled("investorz", true))
                .hasMessage("no rule 'investorz' is loaded; loaded: look-at-investors, investors");
    }

    @Test
    void reloadingAFileReplacesItsRulesAndKeepsWhatIsDisabled() {
        RuleSet first = RuleFiles.parse("rules/a.yaml", "rules:\n" + INVESTORS).withDisabled("investors", true);
        RuleSet again = first.reload(RuleFiles.parse("rules/a.yaml", "rules:\n" + INVESTORS + HALF_OF_CREDITS));
        assertThat(again.rules()).extracting(Rule::id).containsExactly("investors", "half-of-credits");
        assertThat(again.isDisabled("investors")).isTrue();
        assertThat(again.files()).extracting(RuleSet.RuleFile::path).containsExactly("rules/a.yaml");
    }

    @Test
    void priorityMustBeAWholeNumber() {
        assertThatThrownBy(() -> RuleTexts.rules("rules:\n" + INVESTORS + "    priority: high\n"))
                .hasMessage("rules/t.yaml:8:15: priority 'high' is not a whole number; expected e.g. 10 (higher applies"
                        + " first within its view; the default is 0)");
    }

    /** An amount to the cent, exactly: a figure with more places than that fails rather than rounds. */
    private static String cents(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
