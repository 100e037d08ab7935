package io.haircut.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.rules.checks.NearMisses;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.report.CsvRenderer;
import io.haircut.report.JsonRenderer;
import io.haircut.report.ScreenRenderer;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.TrailRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit reports on a tiny ledger: what they select, and how they render in text, CSV and JSON. */
class AuditReportsTest {

    private static final List<RevenueEntry> REVENUE = new ArrayList<>();

    private static RevenueEntry revenue(String customer, Settlement settlement, String amount) {
        RevenueEntry e = new RevenueEntry(LocalDate.of(2025, 3, REVENUE.size() + 1), customer, "direct", settlement,
                Money.usd(amount), Map.of(), new SourceRef("book.xlsx", "Revenue", REVENUE.size() + 2, 4));
        REVENUE.add(e);
        return e;
    }

    static {
        revenue("AWS EMEA SARL", Settlement.CLOUD_CREDIT, "1000.00");   // E2
        revenue("Amazon Web Services, Inc.", Settlement.CASH, "400.00"); // E3
        revenue("=HYPERLINK(\"x\")", Settlement.CASH, "-25.50");        // E4: a hostile name
        revenue("Amazonia Analytics Ltd", Settlement.CASH, "300.00");    // E5: a near miss of Amazon
        revenue("Googolplex Media Inc.", Settlement.CASH, "200.00");     // E6: a near miss of Google
        revenue("Mircosoft Corporation", Settlement.CASH, "100.00");     // E7: a typo of Microsoft
    }

    private static final Ledger LEDGER = new Ledger("book", List.of(), REVENUE, List.of(), List.of(), List.of(), List.of(),
            new PartyRegister(List.of(
                    new Party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 2, 0)),
                    new Party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 3, 0)),
                    new Party("Google LLC", "Google", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 4, 0)),
                    new Party("Microsoft Corporation", "Microsoft", Relationship.INVESTOR, new SourceRef("book.xlsx", "Parties", 5, 0)))),
            List.of());

    private static final RuleSet RULES = RuleFiles.parse("rules/t.yaml", """
            rules:
              - id: credits
                description: d
                basis: ASC 606-10-32-21
                view: cash
                when: {settlement: cloud-credit}
                action: strip
              - id: investors
                description: d
                basis: ASC 850
                view: adjusted
                when: {relationship: investor}
                action: strip
              - id: everyone
                description: d
                basis: b
                view: adjusted
                when: {amount: {lt: 0}}
                action: flag
            """);

    private static final AdjustedLedger ADJUSTED = Adjuster.apply(LEDGER, RULES);

    @Test
    void theTrailSelectsByRuleAndByAnySpellingOrGroupOfACounterparty() {
        assertThat(AuditTrail.select(ADJUSTED, "investors", null)).extracting(r -> r.entry().source().cell())
                .containsExactly("E3");
        // "aws emea s.a.r.l." is another spelling of AWS EMEA SARL; "amazon" is its group
        assertThat(AuditTrail.select(ADJUSTED, null, "aws emea s.a.r.l.")).extracting(r -> r.entry().source().cell())
                .containsExactly("E2");
        assertThat(AuditTrail.select(ADJUSTED, null, "amazon")).extracting(TrailRow::change)
                .extracting(c -> c.toPlainString()).containsExactly("-1000.00", "-400.00");
        assertThatThrownBy(() -> AuditTrail.select(ADJUSTED, "investor", null))
                .hasMessage("no rule 'investor' is loaded; loaded: credits, investors, everyone");
    }

    @Test
    void theTrailRendersTheSameRowsAsTextCsvAndJson() {
        List<TrailRow> rows = AuditTrail.select(ADJUSTED, null, null);
        String text = ScreenRenderer.text(AuditTrail.report(rows, ""));
        assertThat(text).contains("book.xlsx!Revenue!E2  AWS EMEA SARL")
                .contains("(1,000.00)")
                .contains("  credits (revenue, cash): 1 entry, stripped 1,000.00")
                .contains("  investors (revenue, adjusted): 1 entry, stripped 400.00")
                .contains("  everyone (revenue, adjusted): 1 entry, flagged");

        String csv = CsvRenderer.text(AuditTrail.report(rows, ""));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("table,source,counterparty,date,rule,view,treatment,"
                + "before,adjustment,after,note,basis,rule_file");
        assertThat(csv).contains("revenue,book.xlsx!Revenue!E2,AWS EMEA SARL,2025-03-01,credits,cash,stripped,1000.00,"
                + "-1000.00,0.00,,ASC 606-10-32-21,rules/t.yaml:2")
                // text from the ledger never runs as a formula in a spreadsheet
                .contains("\"'=HYPERLINK(\"\"x\"\")\"");

        String json = JsonRenderer.text(AuditTrail.report(rows, ""));
        assertThat(json).contains("\"adjustments\": [").contains("\"by_rule\": [")
                .contains("\"rule\": \"investors\",\n      \"table\": \"revenue\",\n      \"view\": \"adjusted\",\n"
                        + "      \"treatment\": \"stripped\",\n      \"entries\": 1,\n      \"before\": \"400.00\"")
                .contains("\"before\": \"-25.50\"")
                .contains("\"counterparty\": \"=HYPERLINK(\\\"x\\\")\"");
    }

    @Test
    void conflictsAreGroupedByPairOfRules() {
        String text = ScreenRenderer.text(ConflictReport.report(ADJUSTED, 5));
        assertThat(text).startsWith("Conflicts: 1 case of two rules wanting one entry\n")
                .contains("credits     investors   nothing left  revenue")
                .contains("credits then investors (nothing left):")
                .contains("book.xlsx!Revenue!E2");
        assertThat(CsvRenderer.text(ConflictReport.report(ADJUSTED, 5))).contains("revenue,book.xlsx!Revenue!E2,AWS EMEA SARL,2025-03-01,"
                + "1000.00,credits,investors,nothing left,0.00");
    }

    @Test
    void partiesListMatchesAndNearMissesButNeverMatchesThem() {
        PartyReport report = PartyReport.of(LEDGER, RULES);
        assertThat(report.nearMisses()).extracting(m -> m.name(), m -> m.group().name(), m -> m.reason()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Amazonia Analytics Ltd", "Amazon", "'amazonia' starts with 'amazon'"),
                org.assertj.core.groups.Tuple.tuple("Googolplex Media Inc.", "Google", "'googolplex' and 'google' both begin 'goog'"),
                org.assertj.core.groups.Tuple.tuple("Mircosoft Corporation", "Microsoft", "'mircosoft' is 2 edits from 'microsoft'"));
        // the near misses stay unmatched: the investors rule did not touch E5, E6 or E7
        assertThat(AuditTrail.select(ADJUSTED, "investors", null)).noneMatch(r -> List.of("E5", "E6", "E7")
                .contains(r.entry().source().cell()));
        assertThat(ScreenRenderer.text(report.report())).contains("Amazon  investor")
                .contains("  matched:   AWS EMEA SARL (1 revenue); Amazon Web Services, Inc. (1 revenue)")
                .contains("Google  investor")
                .contains("  matched:   no entry names this group; check its spellings")
                .contains("Near misses: names NOT matched to a group that look like one.");
    }

    @Test
    void showPrintsTheRuleAsWrittenAndItsEffect() {
        String shown = RuleReport.show(RULES, "investors", ADJUSTED);
        assertThat(shown).contains("  basis:       ASC 850")
                .contains("    |   - id: investors")
                .contains("    |     when: {relationship: investor}")
                .doesNotContain("- id: everyone")
                .contains("  effect:      1 entry changed by (400.00) (stripped; before 400.00, after 0.00)")
                .contains("  conflicts:   1 entry it matched were already taken by another rule (see: rules conflicts)");
        assertThatThrownBy(() -> RuleReport.show(RULES, "investor", ADJUSTED))
                .hasMessage("no rule 'investor' is loaded (did you mean 'investors'?); loaded: credits, investors, everyone");
    }

    @Test
    void aDryRunAppliesNothingAndShowsTheFirstEntries() {
        RuleSet disabled = RULES.withDisabled("investors", true);
        String dry = RuleReport.test(LEDGER, disabled, "investors", null, 1);
        assertThat(dry).startsWith("Dry run of investors (revenue, adjusted view, strip) on book: nothing applied\n"
                + "  1 entry changed, (400.00) in total (stripped); 1 more entry matched but another rule had them");
        assertThat(dry).contains("book.xlsx!Revenue!E3");
        // the session's rule set is untouched
        assertThat(disabled.isDisabled("investors")).isTrue();
    }
}
