package io.haircut.rules;

import static io.haircut.rules.RuleTexts.apply;
import static io.haircut.rules.RuleTexts.cells;
import static io.haircut.rules.RuleTexts.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.haircut.LedgerFixture;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each condition on a tiny ledger of every table: which source cells a flag rule with that condition
 * marks. Rows are numbered from 2 in each sheet; the expected cells are read off the fixture by hand.
 */
class ConditionsTest {

    /** The cells a flag rule on {@code table} with {@code when} marks. */
    private static List<String> flagged(LedgerFixture book, String table, String when, String... fileKeys) {
        String yaml = String.join("\n", fileKeys) + (fileKeys.length == 0 ? "" : "\n")
                + rule("r", table, "adjusted", when, "action: flag");
        return cells(apply(book, yaml).trail());
    }

    private static String loadError(String yaml) {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, () -> RuleTexts.rules(yaml));
        assertThat(e).as("expected a RuleFileException").isNotNull();
        return e.getMessage();
    }

    // Revenue rows E2..E6
    private static final LedgerFixture REVENUE = LedgerFixture.of("book", "book.xlsx")
            .revenue("2025-01-01", "Acme Corp", "direct", Settlement.CASH, "1200.50", Map.of("region", "EMEA"))
            .revenue("2025-01-31", "Globex", "aws-marketplace", Settlement.CLOUD_CREDIT, "1000000.00", Map.of("region", "US-East"))
            .revenue("2025-02-01", "AWS EMEA SARL", "direct", Settlement.CASH, "1000000.01", Map.of())
            .revenue("2025-06-30", "Initech", "api", Settlement.CASH, "-50.00", Map.of("region", " "))
            .revenue("2025-07-01", "Amazon Web Services, Inc.", "direct", Settlement.CASH, "10.00", Map.of("region", "emea"))
            .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
            .party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR)
            .party("Initech LLC", "Initech", Relationship.OTHER);

    @Nested
    class Text {
        @Test
        void equalsInAndNotInIgnoreCase() {
            assertThat(flagged(REVENUE, "revenue", "customer: acme corp")).containsExactly("E2");
            assertThat(flagged(REVENUE, "revenue", "channel: [API, direct]")).containsExactly("E2", "E4", "E5", "E6");
            assertThat(flagged(REVENUE, "revenue", "channel: {not-in: [direct]}")).containsExactly("E3", "E5");
        }

        @Test
        void matchesFindsAPatternAndContainsFindsText() {
            assertThat(flagged(REVENUE, "revenue", "customer: {matches: '^(aws|amazon)'}")).containsExactly("E4", "E6");
            // '.' is literal in contains: "Amazon Web Services, Inc." contains ", inc." but not "X inc"
            assertThat(flagged(REVENUE, "revenue", "customer: {contains: ', inc.'}")).containsExactly("E6");
        }

        @Test
        void aDeclaredColumnCanBeTestedAndExistsSeesOnlyNonBlankValues() {
            assertThat(flagged(REVENUE, "revenue", "region: emea", "fields: [region]")).containsExactly("E2", "E6");
            // E5's region is blank and E4 has none: both lack a value
            assertThat(flagged(REVENUE, "revenue", "region: {exists: true}", "fields: [region]"))
                    .containsExactly("E2", "E3", "E6");
            assertThat(flagged(REVENUE, "revenue", "region: {exists: false}", "fields: [Region]"))
                    .containsExactly("E4", "E5");
        }

        @Test
        void anUndeclaredColumnFailsAtLoadNamingTheLine() {
            assertThat(loadError(rule("r", "revenue", "adjusted", "region: EMEA", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:3: unknown field 'region'; expected one of customer, channel, settlement,"
                            + " currency, date, month, amount, invoice, product (or counterparty, relationship, all, any,"
                            + " not); declare other Revenue columns with fields: [region]");
            assertThat(loadError("fields: [customer]\n" + rule("r", "revenue", "adjusted", "customer: a", "action: flag")))
                    .isEqualTo("rules/t.yaml:1:10: 'customer' is already a field of every revenue entry; list under"
                            + " fields: only the extra columns of your Revenue sheet, e.g. fields: [region]");
        }
    }

    @Nested
    class Amounts {
        @Test
        void equalsComparesNumbersNotText() {
            // 1200.5 and 1200.50 are the same amount
            assertThat(flagged(REVENUE, "revenue", "amount: 1200.5")).containsExactly("E2");
            assertThat(flagged(REVENUE, "revenue", "amount: [1000000, -50]")).containsExactly("E3", "E5");
        }

        @Test
        void comparisonsIncludeOrExcludeTheBoundary() {
            // E3 is exactly 1,000,000.00 and E4 one cent more
            assertThat(flagged(REVENUE, "revenue", "amount: {gt: 1000000}")).containsExactly("E4");
            assertThat(flagged(REVENUE, "revenue", "amount: {gte: 1000000}")).containsExactly("E3", "E4");
            assertThat(flagged(REVENUE, "revenue", "amount: {lt: 10}")).containsExactly("E5");
            assertThat(flagged(REVENUE, "revenue", "amount: {lte: 10}")).containsExactly("E5", "E6");
            assertThat(flagged(REVENUE, "revenue", "amount: {gt: 0, lte: 1200.50}")).containsExactly("E2", "E6");
        }

        @Test
        void aTestThatDoesNotFitTheFieldOrABadNumberFailsAtLoad() {
            assertThat(loadError(rule("r", "revenue", "adjusted", "customer: {gt: 5}", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:14: test 'gt' does not apply to customer; expected one of equals, in,"
                            + " not-in, matches, contains, exists");
            assertThat(loadError(rule("r", "revenue", "adjusted", "amount: {gt: '$1,000'}", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:16: amount '$1,000' is not a number; expected digits with an optional"
                            + " decimal point, e.g. 1000000 or 1234.56 (no currency sign or thousands commas)");
        }
    }

    @Nested
    class Periods {
        @Test
        void dateRangesAreInclusiveAndEitherEndMayBeOpen() {
            assertThat(flagged(REVENUE, "revenue", "date: {from: 2025-01-31, to: 2025-06-30}"))
                    .containsExactly("E3", "E4", "E5");
            assertThat(flagged(REVENUE, "revenue", "date: {to: 2025-01-31}")).containsExactly("E2", "E3");
            assertThat(flagged(REVENUE, "revenue", "date: {from: 2025-07-01}")).containsExactly("E6");
        }

        @Test
        void monthRangesCoverWholeMonths() {
            assertThat(flagged(REVENUE, "revenue", "month: {from: 2025-02, to: 2025-06}")).containsExactly("E4", "E5");
            assertThat(flagged(REVENUE, "revenue", "month: [2025-01]")).containsExactly("E2", "E3");
        }

        @Test
        void aBackwardRangeOrABadDateFailsAtLoad() {
            assertThat(loadError(rule("r", "revenue", "adjusted", "month: {from: 2025-06, to: 2025-01}", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:30: month range ends (2025-01) before it starts (2025-06); expected from"
                            + " before to");
            assertThat(loadError(rule("r", "revenue", "adjusted", "date: {from: 2025-02-30}", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:16: date '2025-02-30' is not a date; expected YYYY-MM-DD, e.g. 2026-03-31");
        }
    }

    @Nested
    class Counterparty {
        @Test
        void groupAndRelationshipMatchEverySpellingOfTheGroup() {
            assertThat(flagged(REVENUE, "revenue", "counterparty: {group: amazon}")).containsExactly("E4", "E6");
            assertThat(flagged(REVENUE, "revenue", "relationship: investor")).containsExactly("E4", "E6");
            // "Initech" normalises like "Initech LLC": an 'other' party, known but not related
            assertThat(flagged(REVENUE, "revenue", "relationship: other")).containsExactly("E5");
        }
    }

    @Nested
    class Combinations {
        @Test
        void allAnyAndNot() {
            assertThat(flagged(REVENUE, "revenue", "any: [{settlement: cloud-credit}, {amount: {lt: 0}}]"))
                    .containsExactly("E3", "E5");
            assertThat(flagged(REVENUE, "revenue", "all: [{channel: direct}, {not: {relationship: investor}}]"))
                    .containsExactly("E2");
            assertThat(flagged(REVENUE, "revenue", "not: {any: [{channel: direct}, {channel: api}]}"))
                    .containsExactly("E3");
        }
    }

    @Nested
    class OtherTables {
        // Costs C2..C4, Funding C2..C4, Commitments C2..C4
        private final LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .cost("2025-01", CostCategory.COST_OF_REVENUE, Settlement.CLOUD_CREDIT, "100.00")
                .cost("2025-02", CostCategory.RESEARCH_DEVELOPMENT, Settlement.CASH, "200.00")
                .cost("2025-03", CostCategory.COST_OF_REVENUE, Settlement.CASH, "300.00")
                .funding("2025-01-15", "Amazon.com, Inc.", "4000.00", Settlement.CASH, Status.BINDING)
                .funding("2025-01-15", "Amazon.com, Inc.", "1500.00", Settlement.CLOUD_CREDIT, Status.BINDING)
                .funding("2025-03-01", "Harbor Point Ventures", "20000.00", Settlement.CASH, Status.CONTINGENT)
                .commitment("Amazon Web Services", 2026, "1000.00", Status.BINDING)
                .commitment("Amazon Web Services", 2027, "1000.00", Status.CONTINGENT)
                .commitment("Google Cloud", 2031, "500.00", Status.BINDING)
                .party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR)
                .party("Amazon Web Services", "Amazon", Relationship.INVESTOR);

        @Test
        void costsByCategoryPaymentAndMonth() {
            assertThat(flagged(book, "costs", "paid-with: cloud-credit")).containsExactly("C2");
            assertThat(flagged(book, "costs", "category: cost-of-revenue")).containsExactly("C2", "C4");
            assertThat(flagged(book, "costs", "month: {from: 2025-02}")).containsExactly("C3", "C4");
        }

        @Test
        void fundingByFormStatusInvestorAndDate() {
            assertThat(flagged(book, "funding", "form: cloud-credit")).containsExactly("C3");
            assertThat(flagged(book, "funding", "status: contingent")).containsExactly("C4");
            assertThat(flagged(book, "funding", "counterparty: {group: Amazon}")).containsExactly("C2", "C3");
            assertThat(flagged(book, "funding", "investor: {contains: harbor}")).containsExactly("C4");
            assertThat(flagged(book, "funding", "date: {to: 2025-01-15}")).containsExactly("C2", "C3");
        }

        @Test
        void commitmentsByVendorYearAndStatus() {
            assertThat(flagged(book, "commitments", "year: {from: 2027, to: 2031}")).containsExactly("C3", "C4");
            assertThat(flagged(book, "commitments", "relationship: investor")).containsExactly("C2", "C3");
            assertThat(flagged(book, "commitments", "status: {not-in: [contingent]}")).containsExactly("C2", "C4");
        }

        @Test
        void eachTableKnowsItsOwnFields() {
            assertThat(loadError(rule("r", "costs", "cash", "relationship: investor", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:3: costs entries have no counterparty; 'relationship' is for revenue"
                            + " (customer), funding (investor) and commitments (vendor)");
            assertThat(loadError(rule("r", "funding", "cash", "settlement: cloud-credit", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:3: unknown field 'settlement' for funding; expected one of date, month,"
                            + " investor, form, status, currency, amount (or counterparty, relationship, all, any, not)");
            assertThat(loadError(rule("r", "commitments", "cash", "date: 2026-01-01", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:3: unknown field 'date' for commitments; expected one of vendor, year,"
                            + " status, currency, amount (or counterparty, relationship, all, any, not)");
            assertThat(loadError(rule("r", "funding", "cash", "status: maybe", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:11: unknown status 'maybe'; expected one of binding | contingent | reported-unconfirmed");
            assertThat(loadError(rule("r", "costs", "cash", "category: hosting", "action: flag")))
                    .isEqualTo("rules/t.yaml:7:13: unknown category 'hosting'; expected one of cost-of-revenue |"
                            + " sales-marketing | research-development | general-admin");
        }
    }
}
