package io.haircut.rules.applied;

import static io.haircut.rules.RuleTexts.apply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.haircut.LedgerFixture;
import io.haircut.bridge.Bridges;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.RuleTexts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round trips: revenue from a group dated from its funding date to the end of the window (both
 * inclusive), linked earliest revenue first, up to each tranche's amount.
 */
class RoundTripTest {

    private static String roundTrip(String action, String extra) {
        return """
                id: rt
                description: d
                basis: SEC enforcement history
                kind: round-trip
                window-months: 12
                view: adjusted
                action: %s
                %s""".formatted(action, extra);
    }

    private static LedgerFixture amazon() {
        return LedgerFixture.of("book", "book.xlsx")
                .party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR)
                .party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR)
                .party("Google LLC", "Google", Relationship.INVESTOR);
    }

    @Test
    void theWindowRunsFromTheFundingDateToTwelveMonthsLaterInclusive() {
        LedgerFixture book = amazon()
                .funding("2024-11-22", "Amazon.com, Inc.", "1000000.00", Settlement.CASH, Status.BINDING)
                .revenue("2024-11-21", "AWS EMEA SARL", Settlement.CASH, "10.00")   // E2: the day before: out
                .revenue("2024-11-22", "AWS EMEA SARL", Settlement.CASH, "20.00")   // E3: the funding day: in
                .revenue("2025-11-22", "AWS EMEA SARL", Settlement.CASH, "30.00")   // E4: 12 months later: in
                .revenue("2025-11-23", "AWS EMEA SARL", Settlement.CASH, "40.00")   // E5: a day too late: out
                .revenue("2025-01-01", "Google LLC", Settlement.CASH, "50.00")      // E6: another group: out
                .revenue("2025-01-02", "Acme", Settlement.CASH, "60.00");           // E7: no group: out

        AdjustedLedger a = apply(book, roundTrip("flag", ""));

        assertThat(a.roundTrips()).extracting(l -> l.revenue().source().cell(), l -> l.linked().toPlainString(),
                        l -> l.left().toPlainString(), RoundTripLink::group)
                // 1,000,000.00 - 20.00 = 999,980.00; - 30.00 = 999,950.00
                .containsExactly(tuple("E3", "20.00", "999980.00", "Amazon"), tuple("E4", "30.00", "999950.00", "Amazon"));
        assertThat(RuleTexts.cells(a.trail())).containsExactly("E3", "E4");
        assertThat(RuleTexts.sum(a.trail())).isEqualByComparingTo("0"); // a flag changes nothing
    }

    @Test
    void aStripTakesRevenueUpToTheTrancheEarliestFirstWhateverTheLedgerOrder() {
        LedgerFixture book = amazon()
                .funding("2025-01-01", "Amazon.com, Inc.", "100.00", Settlement.CASH, Status.BINDING)
                .revenue("2025-03-01", "AWS EMEA SARL", Settlement.CASH, "70.00")   // E2: second by date
                .revenue("2025-02-01", "AWS EMEA SARL", Settlement.CASH, "60.00")   // E3: first by date
                .revenue("2025-04-01", "AWS EMEA SARL", Settlement.CASH, "5.00");   // E4: after the cap is used

        AdjustedLedger a = apply(book, roundTrip("strip", ""));

        // By date: E3 takes 60.00 of the 100.00 (40.00 left), E2 takes the last 40.00 of its 70.00; E4 nothing.
        assertThat(a.trail()).extracting(r -> r.entry().source().cell(), r -> r.change().toPlainString(),
                        r -> r.after().toPlainString())
                .containsExactly(tuple("E2", "-40.00", "30.00"), tuple("E3", "-60.00", "0.00"));
        assertThat(Bridges.total(a).adjusted().amount()).isEqualByComparingTo("35.00"); // 135.00 - 100.00
        assertThat(a.trail().get(0).note()).isEqualTo("40.00 linked to Amazon funding of 2025-01-01 at"
                + " book.xlsx!Funding!C2 (0.00 of it left)");
    }

    @Test
    void anEntrySpansTwoTranchesEarliestTrancheFirst() {
        LedgerFixture book = amazon()
                .funding("2025-01-01", "Amazon.com, Inc.", "30.00", Settlement.CASH, Status.BINDING)
                .funding("2025-02-01", "Amazon.com, Inc.", "200.00", Settlement.CLOUD_CREDIT, Status.BINDING)
                .revenue("2025-03-01", "AWS EMEA SARL", Settlement.CASH, "100.00");

        AdjustedLedger a = apply(book, roundTrip("strip", ""));

        // 30.00 from the January tranche (0.00 left), 70.00 from February's (130.00 left): 100.00 stripped.
        assertThat(a.roundTrips()).extracting(l -> l.funding().source().cell(), l -> l.linked().toPlainString(),
                        l -> l.left().toPlainString())
                .containsExactly(tuple("C2", "30.00", "0.00"), tuple("C3", "70.00", "130.00"));
        assertThat(a.trail()).singleElement().satisfies(r -> assertThat(r.change()).isEqualByComparingTo("-100.00"));
    }

    @Test
    void contingentFundingAndRevenueGoneFromTheViewAreNotLinked() {
        LedgerFixture book = amazon()
                .funding("2025-01-01", "Amazon.com, Inc.", "500.00", Settlement.CASH, Status.CONTINGENT)
                .funding("2025-01-01", "Amazon.com, Inc.", "500.00", Settlement.CASH, Status.BINDING)
                .revenue("2025-02-01", "AWS EMEA SARL", Settlement.CLOUD_CREDIT, "80.00")  // E2: gone in the cash view
                .revenue("2025-02-02", "AWS EMEA SARL", Settlement.CASH, "-15.00")         // E3: a credit note
                .revenue("2025-02-03", "AWS EMEA SARL", Settlement.CASH, "25.00");         // E4: linked

        AdjustedLedger a = apply(book, """
                rules:
                  - id: credits
                    description: d
                    basis: b
                    view: cash
                    when: {settlement: cloud-credit}
                    action: strip
                  - id: rt
                    description: d
                    basis: b
                    kind: round-trip
                    window-months: 2
                    funding-when: {status: binding}
                    view: adjusted
                    action: strip
                """);

        assertThat(a.roundTrips()).singleElement().satisfies(l -> {
            assertThat(l.revenue().source().cell()).isEqualTo("E4");
            assertThat(l.funding().source().cell()).isEqualTo("C3");
            assertThat(l.left()).isEqualByComparingTo("475.00"); // 500.00 - 25.00
        });
    }

    @Test
    void aRoundTripRuleIsCheckedWhenItLoads() {
        assertThatThrownBy(() -> RuleTexts.rules(roundTrip("strip", "").replace("window-months: 12\n", "")))
                .hasMessage("rules/t.yaml:1:1: rule of kind round-trip is missing 'window-months' (how long after a"
                        + " funding date its revenue counts, e.g. 12)");
        assertThatThrownBy(() -> RuleTexts.rules(roundTrip("haircut", "percent: 10\n")))
                .hasMessage("rules/t.yaml:7:9: a round-trip rule does action: flag (report the pairs) or action: strip"
                        + " (remove the revenue up to the invested amount); found action: haircut");
        assertThatThrownBy(() -> RuleTexts.rules(roundTrip("flag", "funding-when: {settlement: cash}\n")))
                .hasMessage("rules/t.yaml:8:16: unknown field 'settlement' for funding; expected one of date, month,"
                        + " investor, form, status, currency, amount (or counterparty, relationship, all, any, not)");
        assertThatThrownBy(() -> RuleTexts.rules(roundTrip("flag", "").replace("12", "0")))
                .hasMessage("rules/t.yaml:5:16: window-months '0' is not a number of months from 1 to 120; expected e.g. 12");
        assertThatThrownBy(() -> RuleTexts.rules(roundTrip("flag", "").replace("kind: round-trip\nwindow-months: 12\n", "")
                + "window-months: 12\n"))
                .hasMessage("rules/t.yaml:6:1: 'window-months' is only for kind: round-trip; remove it, or add that kind");
    }

    private static final String CONCENTRATION_AT_10_PERCENT = """
            id: big
            description: d
            basis: ASC 280-10-50-42
            kind: concentration
            threshold-percent: 10
            view: adjusted
            action: flag
            """;

    @Test
    void concentrationFlagsACustomerGroupWithTheThresholdShareOfItsYear() {
        // 2025: Globex (two spellings) 100.00 + 20.00 = 120.00 of 1200.00 = exactly 10%: flagged.
        //       Initech 1080.00 = 90%: flagged. 2026: Globex 9.00 of 100.00 = 9%: not flagged; Initech 91%: flagged.
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .revenue("2025-01-01", "Globex Corporation", Settlement.CASH, "100.00")  // E2
                .revenue("2025-06-01", "GLOBEX CORP.", Settlement.CASH, "20.00")        // E3
                .revenue("2025-07-01", "Initech", Settlement.CASH, "1080.00")           // E4
                .revenue("2026-01-01", "Globex Corp", Settlement.CASH, "9.00")          // E5
                .revenue("2026-01-02", "Initech", "direct", Settlement.CASH, "91.00", Map.of()); // E6

        AdjustedLedger a = apply(book, CONCENTRATION_AT_10_PERCENT);

        assertThat(RuleTexts.cells(a.trail())).containsExactly("E2", "E3", "E4", "E6");
        assertThat(a.trail().get(0).note()).isEqualTo("globex: 10.00% of 2025 reported revenue");
        assertThatThrownBy(() -> RuleTexts.rules("""
                id: big
                description: d
                basis: b
                kind: concentration
                threshold-percent: 10
                view: adjusted
                action: strip
                """)).hasMessage("rules/t.yaml:7:9: a concentration rule only marks revenue (action: flag or tag: NAME): a"
                + " large customer is not a reason to remove revenue (ASC 280); found action: strip");
    }

    @Test
    void concentrationNeverFlagsAPnlLineAsACustomer() {
        // A P&L's only revenue line is 100% of each year's revenue, but it is not a customer: nothing is flagged.
        // Beside it, Initech's invoice of 300.00 is 300 / (1,000 + 300) = 23.08% of 2025: flagged.
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .line("2024-12-31", "Revenue", 12, "800.00")     // E2
                .line("2025-12-31", "Revenue", 12, "1000.00")    // E3
                .revenue("2025-03-01", "Initech", Settlement.CASH, "300.00"); // E4

        AdjustedLedger a = apply(book, CONCENTRATION_AT_10_PERCENT);

        assertThat(RuleTexts.cells(a.trail())).containsExactly("E4");
        assertThat(a.trail().get(0).note()).isEqualTo("initech: 23.08% of 2025 reported revenue");
    }
}
