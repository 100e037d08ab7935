package io.haircut.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.rules.Action;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleFileException;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files in, rule model out; every error is one line that starts with path:line:column. */
class RuleFilesTest {

    private static final String PATH = "rules/x.yaml";

    /** A whole rule around a {@code when} block given as lines indented by 6 (inside a 'rules:' item). */
    private static String ruleWhen(String... whenLines) {
        StringBuilder yaml = new StringBuilder("""
                rules:
                  - id: r
                    description: d
                    basis: b
                    view: adjusted
                    action: flag
                    when:
                """);
        for (String line : whenLines) {
            yaml.append("      ").append(line).append('\n');
        }
        return yaml.toString();
    }

    private static Rule only(String yaml) {
        List<Rule> rules = RuleFiles.parse(PATH, yaml).rules();
        assertThat(rules).hasSize(1);
        return rules.get(0);
    }

    private static Condition when(String... whenLines) {
        return only(ruleWhen(whenLines)).when();
    }

    private static String error(String yaml) {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, () -> RuleFiles.parse(PATH, yaml));
        assertThat(e).as("expected a RuleFileException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        return e.getMessage();
    }

    private static String whenError(String... whenLines) {
        return error(ruleWhen(whenLines));
    }

    private static RevenueEntry entry(String customer, String channel, Settlement settlement, String amount,
            Map<String, String> attributes) {
        return new RevenueEntry(LocalDate.of(2026, 3, 31), customer, channel, settlement, Money.usd(amount), attributes,
                new SourceRef("book.xlsx", "Revenue", 2, 4));
    }

    private static boolean test(Condition c, RevenueEntry e) {
        return c.test(e, PartyRegister.empty());
    }

    @Nested
    class Keys {

        @Test
        void aFileWithOneRuleIsTheRuleItself() {
            String yaml = """
                    # comment lines are fine anywhere
                    id: cloud-credit-revenue
                    description: Revenue settled in cloud credits is revenue, but not cash
                    basis: ASC 606-10-32-21..24 / IFRS 15.66-69 (noncash consideration)
                    applies-to: revenue
                    view: cash
                    when:
                      settlement: cloud-credit
                    action: strip
                    """;
            RuleSet set = RuleFiles.parse(PATH, yaml);

            assertThat(set.rules()).hasSize(1);
            Rule rule = set.rules().get(0);
            assertThat(rule.id()).isEqualTo("cloud-credit-revenue");
            assertThat(rule.description()).isEqualTo("Revenue settled in cloud credits is revenue, but not cash");
            assertThat(rule.basis()).isEqualTo("ASC 606-10-32-21..24 / IFRS 15.66-69 (noncash consideration)");
            assertThat(rule.view()).isEqualTo(View.CASH);
            assertThat(rule.when()).isEqualTo(new Condition.FieldIn("settlement", Set.of("cloud-credit")));
            assertThat(rule.action()).isEqualTo(new Action.Strip());
            assertThat(rule.origin()).isEqualTo(new RuleOrigin(PATH, 2));
            assertThat(set.files()).containsExactly(new RuleSet.RuleFile(PATH, yaml));
        }

        @Test
        void severalRulesUnderRulesKeepFileOrderAndTheLineOfTheirId() {
            RuleSet set = RuleFiles.parse(PATH, """
                    rules:
                      - id: second-in-name-order
                        description: d
                        basis: b
                        view: adjusted
                        when: {channel: direct}
                        action: flag
                      - id: a-first-in-name-order
                        description: d
                        basis: b
                        view: cash
                        when: {channel: direct}
                        action: strip
                    """);

            assertThat(set.rules()).extracting(Rule::id).containsExactly("second-in-name-order", "a-first-in-name-order");
            assertThat(set.rules()).extracting(Rule::origin)
                    .containsExactly(new RuleOrigin(PATH, 2), new RuleOrigin(PATH, 8));
            assertThat(set.rules().get(0).action()).isEqualTo(new Action.Flag());
            assertThat(set.rules().get(0).view()).isEqualTo(View.ADJUSTED);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"30|30", "'30%'|30", "12.5|12.5", "'12.5 %'|12.5", "100|100", "0.01|0.01"})
        void haircutTakesAPercentWithOrWithoutTheSign(String written, String expected) {
            Rule rule = only("""
                    id: half
                    description: d
                    basis: b
                    view: adjusted
                    when: {customer: Acme}
                    action: haircut
                    percent: %s
                    """.formatted(written));

            assertThat(rule.action()).isInstanceOfSatisfying(Action.Haircut.class,
                    h -> assertThat(h.percent()).isEqualByComparingTo(expected));
        }

        @Test
        void appliesToDefaultsToRevenueAndActionAndViewIgnoreCase() {
            Rule rule = only("""
                    id: r
                    description: d
                    basis: b
                    view: Cash
                    when: {customer: Acme}
                    action: STRIP
                    """);

            assertThat(rule.view()).isEqualTo(View.CASH);
            assertThat(rule.action()).isEqualTo(new Action.Strip());
        }

        @Test
        void multiLineTextIsKeptAsWritten() {
            Rule rule = only("""
                    id: r
                    description: >
                      Revenue from the
                      investor's marketplace
                    basis: "ASC 850: related parties"
                    view: adjusted
                    when: {customer: Acme}
                    action: flag
                    """);

            assertThat(rule.description()).isEqualTo("Revenue from the investor's marketplace");
            assertThat(rule.basis()).isEqualTo("ASC 850: related parties");
        }
    }

    @Nested
    class Conditions {

        @Test
        void fieldScalarIsEquals() {
            assertThat(when("customer: Acme Corp")).isEqualTo(new Condition.FieldIn("customer", Set.of("acme corp")));
        }

        @Test
        void fieldListIsIn() {
            assertThat(when("channel: [direct, aws-marketplace]"))
                    .isEqualTo(new Condition.FieldIn("channel", Set.of("direct", "aws-marketplace")));
        }

        @Test
        void explicitEqualsInAndNotIn() {
            assertThat(when("currency: {equals: usd}")).isEqualTo(new Condition.FieldIn("currency", Set.of("usd")));
            assertThat(when("product: {in: [api, chat]}")).isEqualTo(new Condition.FieldIn("product", Set.of("api", "chat")));
            assertThat(when("channel:", "  not-in:", "    - direct", "    - reseller"))
                    .isEqualTo(new Condition.Not(new Condition.FieldIn("channel", Set.of("direct", "reseller"))));
        }

        @Test
        void settlementValuesAreCheckedAndWrittenTheWayEntriesShowThem() {
            Condition c = when("settlement: Cloud_Credit");

            assertThat(c).isEqualTo(new Condition.FieldIn("settlement", Set.of("cloud-credit")));
            assertThat(test(c, entry("Acme", "direct", Settlement.CLOUD_CREDIT, "1", Map.of()))).isTrue();
            assertThat(test(c, entry("Acme", "direct", Settlement.CASH, "1", Map.of()))).isFalse();
        }

        @Test
        void monthAndDateValuesAreCheckedIsoValues() {
            assertThat(when("month: [2026-01, 2026-03]")).isEqualTo(new Condition.FieldIn("month", Set.of("2026-01", "2026-03")));
            assertThat(when("date: {equals: 2026-03-31}")).isEqualTo(new Condition.FieldIn("date", Set.of("2026-03-31")));
        }

        @Test
        void matchesIsACaseInsensitiveFindCompiledAtLoad() {
            Condition c = when("customer: {matches: 'AWS|Amazon'}");

            assertThat(c).isInstanceOfSatisfying(Condition.FieldMatches.class, m -> {
                assertThat(m.field()).isEqualTo("customer");
                assertThat(m.pattern().pattern()).isEqualTo("AWS|Amazon");
                assertThat(m.pattern().flags() & Pattern.CASE_INSENSITIVE).isNotZero();
            });
            assertThat(test(c, entry("amazon.com services llc", "direct", Settlement.CASH, "1", Map.of()))).isTrue();
            assertThat(test(c, entry("Acme", "direct", Settlement.CASH, "1", Map.of()))).isFalse();
        }

        @Test
        void containsIsLiteralTextIgnoringCase() {
            Condition c = when("invoice: {contains: 'INV.2026'}");

            assertThat(test(c, entry("Acme", "direct", Settlement.CASH, "1", Map.of("invoice", "ref inv.2026-07")))).isTrue();
            // a regex would let '.' match any character; contains does not
            assertThat(test(c, entry("Acme", "direct", Settlement.CASH, "1", Map.of("invoice", "inv-2026")))).isFalse();
            // an entry without the column does not match
            assertThat(test(c, entry("Acme", "direct", Settlement.CASH, "1", Map.of()))).isFalse();
        }

        @Test
        void severalTestsOnOneFieldMustAllHold() {
            Condition c = when("customer: {contains: amazon, not-in: [amazon retail]}");

            assertThat(test(c, entry("Amazon Web Services", "direct", Settlement.CASH, "1", Map.of()))).isTrue();
            assertThat(test(c, entry("Amazon Retail", "direct", Settlement.CASH, "1", Map.of()))).isFalse();
        }

        @Test
        void severalKeysInWhenMustAllHoldInTheOrderWritten() {
            assertThat(when("settlement: cloud-credit", "channel: aws-marketplace")).isEqualTo(new Condition.All(List.of(
                    new Condition.FieldIn("settlement", Set.of("cloud-credit")),
                    new Condition.FieldIn("channel", Set.of("aws-marketplace")))));
        }

        @Test
        void counterpartyByGroupRelationshipOrBoth() {
            assertThat(when("counterparty: {group: Amazon}"))
                    .isEqualTo(new Condition.Counterparty(Set.of("Amazon"), Set.of()));
            assertThat(when("counterparty:", "  group: [Amazon, Google]", "  relationship: investor"))
                    .isEqualTo(new Condition.Counterparty(Set.of("Amazon", "Google"), Set.of(Relationship.INVESTOR)));
            assertThat(when("counterparty: {relationship: [investor, affiliate]}"))
                    .isEqualTo(new Condition.Counterparty(Set.of(), Set.of(Relationship.INVESTOR, Relationship.AFFILIATE)));
        }

        @Test
        void relationshipAtTopLevelIsShorthandForCounterparty() {
            assertThat(when("relationship: [investor, affiliate]"))
                    .isEqualTo(new Condition.Counterparty(Set.of(), Set.of(Relationship.INVESTOR, Relationship.AFFILIATE)));
            assertThat(when("relationship: other")).isEqualTo(new Condition.Counterparty(Set.of(), Set.of(Relationship.OTHER)));
        }

        @Test
        void allAnyAndNotNest() {
            Condition c = when(
                    "any:",
                    "  - settlement: cloud-credit",
                    "  - all:",
                    "      - channel: aws-marketplace",
                    "      - not:",
                    "          customer: {matches: '^acme'}");

            assertThat(c).isInstanceOf(Condition.Any.class);
            // credit-settled: the first branch
            assertThat(test(c, entry("Acme", "direct", Settlement.CLOUD_CREDIT, "1", Map.of()))).isTrue();
            // marketplace cash from someone other than Acme: the second branch
            assertThat(test(c, entry("Globex", "aws-marketplace", Settlement.CASH, "1", Map.of()))).isTrue();
            // marketplace cash from Acme: the not fails
            assertThat(test(c, entry("ACME Corp", "aws-marketplace", Settlement.CASH, "1", Map.of()))).isFalse();
            // direct cash: neither
            assertThat(test(c, entry("Globex", "direct", Settlement.CASH, "1", Map.of()))).isFalse();
        }

        @Test
        void allWithOneItemPerConditionEqualsTheConditionsSideBySide() {
            assertThat(when("all: [{settlement: cash}, {channel: direct}]")).isEqualTo(new Condition.All(List.of(
                    new Condition.FieldIn("settlement", Set.of("cash")), new Condition.FieldIn("channel", Set.of("direct")))));
            assertThat(when("not: {channel: direct}"))
                    .isEqualTo(new Condition.Not(new Condition.FieldIn("channel", Set.of("direct"))));
        }
    }

    @Nested
    class Errors {

        private static final String RULE_WITH_ACTION = """
                rules:
                  - id: a
                    description: d
                    basis: b
                    view: cash
                    when: {settlement: cloud-credit}
                    action: %s
                """;

        @Test
        void unknownActionPointsAtTheValue() {
            assertThat(error(RULE_WITH_ACTION.formatted("strp")))
                    .isEqualTo("rules/x.yaml:7:13: unknown action 'strp'; expected one of strip | haircut | flag");
        }

        @Test
        void missingBasisPointsAtTheRule() {
            assertThat(error("""
                    # a rule without its citation
                    rules:
                      - id: a
                        description: d
                        view: cash
                        when: {settlement: cloud-credit}
                        action: strip
                    """)).isEqualTo("rules/x.yaml:3:5: rule is missing 'basis' (the accounting citation that defends it, e.g. ASC 850)");
        }

        @Test
        void everyOtherRequiredKeyIsNamedWhenMissing() {
            assertThat(error("description: d\nbasis: b\nview: cash\nwhen: {channel: x}\naction: strip\n"))
                    .isEqualTo("rules/x.yaml:1:1: rule is missing 'id' (a short name for reports, e.g. cloud-credit-revenue)");
            assertThat(error("id: a\nbasis: b\nview: cash\nwhen: {channel: x}\naction: strip\n"))
                    .isEqualTo("rules/x.yaml:1:1: rule is missing 'description' (one sentence an analyst reads beside the bridge step)");
            assertThat(error("id: a\ndescription: d\nbasis: b\nwhen: {channel: x}\naction: strip\n"))
                    .isEqualTo("rules/x.yaml:1:1: rule is missing 'view' (cash or adjusted: the bridge step it feeds)");
            assertThat(error("id: a\ndescription: d\nbasis: b\nview: cash\naction: strip\n"))
                    .isEqualTo("rules/x.yaml:1:1: rule is missing 'when' (the conditions an entry must meet, e.g. settlement: cloud-credit)");
            assertThat(error("id: a\ndescription: d\nbasis: b\nview: cash\nwhen: {channel: x}\n"))
                    .isEqualTo("rules/x.yaml:1:1: rule is missing 'action' (strip | haircut | flag; or reclassify:"
                            + " contra-revenue | gross-to-net | credits-not-cash; or tag: NAME)");
        }

        @Test
        void unknownKeyPointsAtTheKeyAndListsTheKeys() {
            assertThat(error("""
                    rules:
                      - id: a
                        description: d
                        basis: b
                        view: cash
                        wehn: {settlement: cloud-credit}
                        action: strip
                    """)).isEqualTo("rules/x.yaml:6:5: unknown key 'wehn' (did you mean 'when'?); expected one"
                    + " of id, description, basis, applies-to, kind, view, priority, when, action, reclassify, tag,"
                    + " percent, amount-column, fee-percent, fee-column, window-months, funding-when, threshold-percent");
        }

        @Test
        void yamlSyntaxErrorsBecomeOneLineWithTheLocation() {
            // line 3: 4 spaces, "description:" ends at column 16, "Credits" is 18-24, the second ':' is column 25
            assertThat(error("""
                    rules:
                      - id: a
                        description: Credits: not cash
                    """)).isEqualTo("rules/x.yaml:3:25: YAML syntax error: a second ': ' on one line;"
                    + " a value that contains ': ' must be quoted, e.g. description: 'Credits: not cash'");
        }

        @Test
        void aTabInTheIndentationIsNamed() {
            assertThat(error("rules:\n\t- id: a\n"))
                    .isEqualTo("rules/x.yaml:2:1: YAML syntax error: a tab character where YAML allows only spaces;"
                            + " indent with spaces, not tabs");
        }

        @Test
        void anUnclosedQuoteNamesWhereTheQuoteStarted() {
            assertThat(error("id: a\ndescription: 'no end\n"))
                    .isEqualTo("rules/x.yaml:3:1: YAML syntax error: a quote is opened and never closed; close the quote"
                            + " (it starts at line 2, column 14)");
        }

        @Test
        void aRepeatedKeyNamesBothLines() {
            assertThat(error("id: a\nid: b\n"))
                    .isEqualTo("rules/x.yaml:2:1: key 'id' appears twice in this mapping (first at line 1, column 1);"
                            + " expected each key once");
        }

        @Test
        void unknownFieldListsTheFields() {
            // 'when' items sit at column 7
            assertThat(whenError("custmer: Acme")).isEqualTo("rules/x.yaml:8:7: unknown field 'custmer' (did you mean"
                    + " 'customer'?); expected one of customer, channel, settlement, currency, date, month, amount,"
                    + " invoice, product (or counterparty, relationship, all, any, not); declare other Revenue columns"
                    + " with fields: [custmer]");
        }

        @Test
        void aSettlementTypoFailsAtLoad() {
            // "      settlement: [cash, " is 25 characters, so the typo starts at column 26
            assertThat(whenError("settlement: [cash, cloud_credits]"))
                    .isEqualTo("rules/x.yaml:8:26: unknown settlement 'cloud_credits'; expected one of cash | cloud-credit");
        }

        @Test
        void badMonthAndDateValues() {
            assertThat(whenError("month: 2026-3"))
                    .isEqualTo("rules/x.yaml:8:14: month '2026-3' is not a month; expected YYYY-MM, e.g. 2026-03");
            assertThat(whenError("date: 31/03/2026"))
                    .isEqualTo("rules/x.yaml:8:13: date '31/03/2026' is not a date; expected YYYY-MM-DD, e.g. 2026-03-31");
        }

        @Test
        void aBadRegexFailsAtLoadWithItsLocation() {
            // "      customer: {matches: " is 26 characters; the quote opens at column 27
            assertThat(whenError("customer: {matches: '(AWS|Amazon'}"))
                    .isEqualTo("rules/x.yaml:8:27: bad pattern '(AWS|Amazon': unclosed group at the end of the pattern;"
                            + " expected a Java regular expression, e.g. 'AWS|Amazon'");
            assertThat(whenError("customer: {matches: '*AWS'}"))
                    .isEqualTo("rules/x.yaml:8:27: bad pattern '*AWS': dangling meta character '*' at character 1;"
                            + " expected a Java regular expression, e.g. 'AWS|Amazon'");
        }

        @Test
        void unknownTestOnAField() {
            assertThat(whenError("customer: {match: AWS}"))
                    .isEqualTo("rules/x.yaml:8:18: unknown test 'match' (did you mean 'matches'?); expected one of equals,"
                            + " in, not-in, matches, contains, exists");
        }

        @Test
        void relationshipsAreChecked() {
            assertThat(whenError("relationship: [investor, investr]"))
                    .isEqualTo("rules/x.yaml:8:32: unknown relationship 'investr'; expected one of investor | affiliate | other");
            assertThat(whenError("counterparty: {relationship: owner}"))
                    .isEqualTo("rules/x.yaml:8:36: unknown relationship 'owner'; expected one of investor | affiliate | other");
            assertThat(whenError("counterparty: {groups: Amazon}"))
                    .isEqualTo("rules/x.yaml:8:22: unknown key 'groups' in counterparty; expected one of group, relationship");
            assertThat(whenError("counterparty: Amazon"))
                    .isEqualTo("rules/x.yaml:8:21: 'counterparty' holds 'Amazon'; expected {group: Amazon} and/or {relationship: investor}");
        }

        @Test
        void whenMustBeAMappingWithConditions() {
            assertThat(whenError("- settlement: cash")).isEqualTo("rules/x.yaml:8:7: 'when' holds a list; expected a mapping"
                    + " of conditions that must all hold, e.g. settlement: cloud-credit (for alternatives use any: [...])");
            assertThat(error(RULE_WITH_ACTION.formatted("strip").replace("when: {settlement: cloud-credit}", "when:")))
                    .isEqualTo("rules/x.yaml:6:5: 'when' has no conditions; expected conditions indented under it,"
                            + " e.g. settlement: cloud-credit");
            assertThat(error(RULE_WITH_ACTION.formatted("strip").replace("{settlement: cloud-credit}", "{}")))
                    .isEqualTo("rules/x.yaml:6:11: 'when' is empty; expected at least one condition, e.g. settlement: cloud-credit");
            assertThat(whenError("any: []")).isEqualTo("rules/x.yaml:8:12: 'any' holds an empty list; expected a list of"
                    + " conditions, each item starting with '- ', e.g. any: [{settlement: cloud-credit}, {channel: aws-marketplace}]");
        }

        @Test
        void haircutNeedsAPercentInRangeAndOtherActionsRefuseOne() {
            assertThat(error(RULE_WITH_ACTION.formatted("haircut")))
                    .isEqualTo("rules/x.yaml:2:5: rule with action haircut is missing 'percent' (the share of each entry to"
                            + " remove, e.g. 30 or 30%)");
            assertThat(error(RULE_WITH_ACTION.formatted("strip") + "    percent: 30\n"))
                    .isEqualTo("rules/x.yaml:8:5: 'percent' is only for action: haircut and reclassify: contra-revenue;"
                            + " remove it, or use action: haircut");
            assertThat(error(RULE_WITH_ACTION.formatted("haircut") + "    percent: 150%\n"))
                    .isEqualTo("rules/x.yaml:8:14: percent '150%' is out of range; expected a number above 0 and at most 100,"
                            + " e.g. 30 or 30%");
            assertThat(error(RULE_WITH_ACTION.formatted("haircut") + "    percent: 0\n"))
                    .isEqualTo("rules/x.yaml:8:14: percent '0' is out of range; expected a number above 0 and at most 100,"
                            + " e.g. 30 or 30%");
            assertThat(error(RULE_WITH_ACTION.formatted("haircut") + "    percent: half\n"))
                    .isEqualTo("rules/x.yaml:8:14: percent 'half' is not a number; expected a number above 0 and at most 100,"
                            + " e.g. 30 or 30%");
        }

        @Test
        void viewAndAppliesToValues() {
            String base = RULE_WITH_ACTION.formatted("strip");
            assertThat(error(base.replace("view: cash", "view: cashh")))
                    .isEqualTo("rules/x.yaml:5:11: unknown view 'cashh'; expected one of cash | adjusted");
            assertThat(error(base.replace("view: cash", "view:")))
                    .isEqualTo("rules/x.yaml:5:5: 'view' has no value; expected text after 'view:'");
            // settlement is a revenue field; a cost says paid-with
            assertThat(error(base + "    applies-to: costs\n"))
                    .isEqualTo("rules/x.yaml:6:12: unknown field 'settlement' for costs; expected one of month, category,"
                            + " paid-with, currency, amount (or all, any, not)");
            assertThat(error(base + "    applies-to: revnue\n"))
                    .isEqualTo("rules/x.yaml:8:17: unknown applies-to 'revnue' (did you mean 'revenue'?); expected one of"
                            + " revenue | costs | funding | commitments");
        }

        @Test
        void idsHaveAShapeAndAreUnique() {
            String base = RULE_WITH_ACTION.formatted("strip");
            assertThat(error(base.replace("id: a", "id: Cloud_Credit")))
                    .isEqualTo("rules/x.yaml:2:9: rule id 'Cloud_Credit' has characters ids cannot use; expected lower-case"
                            + " letters, digits and hyphens, starting with a letter or digit, e.g. cloud-credit-revenue");
            String twice = base + base.substring("rules:\n".length());
            assertThat(error(twice))
                    .isEqualTo("rules/x.yaml:8:9: rule id 'a' is already used at rules/x.yaml:2:9; give each rule its own id");
        }

        @Test
        void fileShapeErrors() {
            assertThat(error("# nothing but a comment\n"))
                    .isEqualTo("rules/x.yaml:1:1: the file has no rules; expected a rule (id, description, basis, view, when,"
                            + " action) or a 'rules:' list of them");
            assertThat(error("- id: a\n")).isEqualTo("rules/x.yaml:1:1: the file holds a list; expected a rule (id, description,"
                    + " basis, view, when, action) or a 'rules:' list of them; put 'rules:' on the line above the list");
            assertThat(error("rules: []\n"))
                    .isEqualTo("rules/x.yaml:1:8: 'rules' holds an empty list; expected a list of rules, each starting with '- id: ...'");
            assertThat(error("rules:\n")).isEqualTo("rules/x.yaml:1:1: 'rules' holds nothing; expected a list of rules,"
                    + " each starting with '- id: ...'");
            assertThat(error("version: 2\nrules: []\n"))
                    .isEqualTo("rules/x.yaml:1:1: unknown key 'version' beside 'rules'; expected only rules, fields,"
                            + " include-parties at the top, with each rule's keys inside its '- id: ...' item");
        }

        @Test
        void aSecondDocumentIsRefused() {
            String base = RULE_WITH_ACTION.formatted("strip");
            assertThat(error(base + "---\n" + base.replace("id: a", "id: b")))
                    .isEqualTo("rules/x.yaml:9:1: a second YAML document starts here; expected one document per file:"
                            + " put every rule under one 'rules:' list, or use one file per rule");
        }

        @Test
        void nestingHasALimit() {
            // the root mapping is depth 0 and the k-th '{' after "when: " is depth k; depth 41 is refused.
            // "when: " is 6 characters and each "{not: " is 6, so the 41st '{' is at column 7 + 40 * 6 = 247.
            String deep = "{not: ".repeat(45) + "{channel: x}" + "}".repeat(45);
            assertThat(error("id: a\ndescription: d\nbasis: b\nview: cash\naction: flag\nwhen: " + deep + "\n"))
                    .isEqualTo("rules/x.yaml:6:247: nested more than 40 levels deep; expected a flatter rule");
        }

        @Test
        void anOversizedFileIsRefusedBeforeParsing() {
            assertThat(error("#" + "x".repeat(1_000_000)))
                    .isEqualTo("rules/x.yaml: the file has 1000001 characters; expected a rule file of at most 1000000"
                            + " (split it, or check that this is the right file)");
        }

        @Test
        void aListItemThatIsNotARule() {
            assertThat(error("rules:\n  - cloud-credit-revenue\n"))
                    .isEqualTo("rules/x.yaml:2:5: a rule is 'cloud-credit-revenue'; expected a rule: a mapping with id,"
                            + " description, basis, view, when, action");
        }

        @Test
        void yamlTagsAndAliasesAreRefused() {
            String base = RULE_WITH_ACTION.formatted("strip");
            assertThat(error(base.replace("basis: b", "basis: !!java.net.URL b")))
                    .isEqualTo("rules/x.yaml:4:12: YAML tag 'tag:yaml.org,2002:java.net.URL' is not supported in rule files;"
                            + " remove the tag (quote the value if it must stay text)");
            assertThat(error(base.replace("description: d", "description: &d d").replace("basis: b", "basis: *d")))
                    .isEqualTo("rules/x.yaml:4:12: alias '*d' is not supported in rule files; write the value out in full");
        }
    }

    @Nested
    class Loading {

        @TempDir
        Path dir;

        private static final String RULE = """
                id: %s
                description: d
                basis: b
                view: cash
                when: {settlement: cloud-credit}
                action: %s
                """;

        private void write(String name, String text) throws IOException {
            Files.writeString(dir.resolve(name), text);
        }

        @Test
        void theShippedRulesLoadInNameOrder() {
            RuleSet set = RuleFiles.load(Path.of("rules"));

            assertThat(set.files()).extracting(RuleSet.RuleFile::path).containsExactly(
                    "rules/cloud-credit-revenue.yaml", "rules/consideration-payable-to-customer.yaml",
                    "rules/contingent-funding-and-commitments.yaml", "rules/credit-funded-financing.yaml",
                    "rules/customer-concentration.yaml", "rules/related-party-revenue.yaml",
                    "rules/resold-revenue-gross-to-net.yaml", "rules/round-trips.yaml");
            assertThat(set.rules()).extracting(Rule::id).containsExactly("cloud-credit-revenue",
                    "consideration-payable-to-customer", "contingent-funding", "contingent-commitments",
                    "credit-funded-financing", "customer-concentration", "related-party-revenue",
                    "resold-revenue-gross-to-net", "round-trips");
            // The revenue bridge's steps, in the order they apply: cash first, then adjusted by priority.
            assertThat(set.inOrder(Scope.REVENUE, View.CASH)).extracting(Rule::id).containsExactly("cloud-credit-revenue");
            assertThat(set.inOrder(Scope.REVENUE, View.ADJUSTED)).extracting(Rule::id).containsExactly(
                    "related-party-revenue", "round-trips", "resold-revenue-gross-to-net",
                    "consideration-payable-to-customer", "customer-concentration");
            Rule credit = set.rules().get(0);
            assertThat(credit.id()).isEqualTo("cloud-credit-revenue");
            assertThat(credit.view()).isEqualTo(View.CASH);
            assertThat(credit.basis()).isEqualTo("ASC 606-10-32-21..24 / IFRS 15.66-69 (noncash consideration)");
            assertThat(credit.when()).isEqualTo(new Condition.FieldIn("settlement", Set.of("cloud-credit")));
            assertThat(credit.action()).isEqualTo(new Action.Strip());
            Rule related = set.rule("related-party-revenue").orElseThrow();
            assertThat(related.id()).isEqualTo("related-party-revenue");
            assertThat(related.view()).isEqualTo(View.ADJUSTED);
            assertThat(related.basis())
                    .isEqualTo("ASC 850 / IAS 24 (related parties); ASC 280-10-50-42 (common control: one customer)");
            assertThat(related.when())
                    .isEqualTo(new Condition.Counterparty(Set.of(), Set.of(Relationship.INVESTOR, Relationship.AFFILIATE)));
            assertThat(related.action()).isEqualTo(new Action.Strip());
            assertThat(related.priority()).isEqualTo(50);
            // every shipped rule states its basis
            assertThat(set.rules()).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
        }

        @Test
        void aFolderLoadsYamlFilesSortedByNameAndNothingElse() throws IOException {
            write("b.yml", RULE.formatted("from-b", "strip"));
            write("a.yaml", RULE.formatted("from-a", "flag"));
            write("README.md", "not a rule");
            write(".editor-backup.yaml", "broken: [");
            Files.createDirectory(dir.resolve("sub.yaml"));
            Files.writeString(dir.resolve("sub.yaml").resolve("c.yaml"), "broken: [");

            RuleSet set = RuleFiles.load(dir);

            assertThat(set.rules()).extracting(Rule::id).containsExactly("from-a", "from-b");
            assertThat(set.files()).extracting(RuleSet.RuleFile::path)
                    .containsExactly(dir.resolve("a.yaml").toString(), dir.resolve("b.yml").toString());
            assertThat(set.files().get(0).text()).isEqualTo(RULE.formatted("from-a", "flag"));
            assertThat(set.rules().get(1).origin()).isEqualTo(new RuleOrigin(dir.resolve("b.yml").toString(), 1));
        }

        @Test
        void oneFileLoadsByItself() throws IOException {
            write("only.yaml", RULE.formatted("only", "strip"));

            assertThat(RuleFiles.load(dir.resolve("only.yaml")).rules()).extracting(Rule::id).containsExactly("only");
        }

        @Test
        void oneBadFileLoadsNothing() throws IOException {
            write("a-good.yaml", RULE.formatted("good", "strip"));
            write("b-bad.yaml", RULE.formatted("bad", "strp"));
            write("c-good.yaml", RULE.formatted("also-good", "strip"));

            assertThatThrownBy(() -> RuleFiles.load(dir))
                    .isInstanceOf(RuleFileException.class)
                    .hasMessage(dir.resolve("b-bad.yaml") + ":6:9: unknown action 'strp'; expected one of strip | haircut | flag");
        }

        @Test
        void anIdUsedInTwoFilesNamesBothPlaces() throws IOException {
            write("a.yaml", RULE.formatted("same", "strip"));
            write("b.yaml", "# the same id again\n" + RULE.formatted("same", "flag"));

            assertThatThrownBy(() -> RuleFiles.load(dir))
                    .isInstanceOf(RuleFileException.class)
                    .hasMessage(dir.resolve("b.yaml") + ":2:5: rule id 'same' is already used at " + dir.resolve("a.yaml")
                            + ":1:5; give each rule its own id");
        }

        @Test
        void aMissingFileOrAnEmptyFolderIsSaidPlainly() throws IOException {
            assertThatThrownBy(() -> RuleFiles.load(Path.of("rules/nope.yaml")))
                    .isInstanceOf(RuleFileException.class)
                    .hasMessage("rules/nope.yaml: no such file");
            write("notes.txt", "not a rule");
            assertThatThrownBy(() -> RuleFiles.load(dir))
                    .isInstanceOf(RuleFileException.class)
                    .hasMessage(dir + "/: no rule files (*.yaml) in this folder");
        }

        @Test
        void aFileThatIsNotUtf8IsSaidPlainly() throws IOException {
            Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});

            assertThatThrownBy(() -> RuleFiles.load(dir))
                    .isInstanceOf(RuleFileException.class)
                    .hasMessage(dir.resolve("latin1.yaml") + ": not UTF-8 text; save the file as UTF-8");
        }

        @Test
        void aByteOrderMarkIsNotPartOfTheFirstKey() throws IOException {
            write("bom.yaml", "\uFEFF" + RULE.formatted("with-bom", "strip"));

            assertThat(RuleFiles.load(dir).rules()).extracting(Rule::id).containsExactly("with-bom");
        }
    }

    /**
     * The manual's examples are real: every whole rule, every 'when:' block and every parties file in
     * docs/rules.md loads (rules as if written in rules/deals/frontier-ai/, where the parties.yaml that
     * an include names exists).
     */
    @Test
    void theReadmeExamplesLoad() throws IOException {
        String readme = Files.readString(Path.of("docs/rules.md"));
        java.util.regex.Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        int rules = 0;
        int whens = 0;
        int parties = 0;
        while (block.find()) {
            String yaml = block.group(1).stripIndent();
            boolean does = yaml.contains("action:") || yaml.contains("reclassify:") || yaml.contains("tag:");
            if (does && yaml.lines().anyMatch(l -> l.startsWith("id:") || l.startsWith("rules:"))) {
                assertThat(RuleFiles.parse("rules/deals/frontier-ai/README.yaml", yaml).rules()).as(yaml).isNotEmpty();
                rules++;
            } else if (yaml.startsWith("when:")) {
                String rule = "id: r\ndescription: d\nbasis: b\nview: cash\naction: flag\n" + yaml;
                assertThat(RuleFiles.parse("README.md", rule).rules()).as(yaml).hasSize(1);
                whens++;
            } else if (yaml.lines().anyMatch(l -> l.startsWith("parties:"))) {
                assertThat(PartyFileParser.parse("README.md", yaml, "README.md")).as(yaml).isNotEmpty();
                parties++;
            }
        }
        assertThat(rules).as("whole rules in docs/rules.md").isGreaterThanOrEqualTo(14);
        assertThat(whens).as("'when:' examples in docs/rules.md").isGreaterThanOrEqualTo(10);
        assertThat(parties).as("parties files in docs/rules.md").isEqualTo(1);
    }

    @Test
    void haircutArithmeticIsExact() {
        Rule rule = only("""
                id: thirty
                description: d
                basis: b
                view: adjusted
                when: {customer: Acme}
                action: haircut
                percent: 30%
                """);

        assertThat(((Action.Haircut) rule.action()).remaining(new BigDecimal("1000.10"))).isEqualByComparingTo("700.07");
    }
}
