package io.haircut.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.DeclaredParty;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleSet;
import io.haircut.rules.RuleTexts;
import io.haircut.rules.Scope;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.checks.RuleChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parties files: groups declared beside the rules that include them, added to the Parties sheet's. */
class PartiesFileTest {

    @TempDir
    Path dir;

    private static final String PARTIES = """
            parties:
              - group: Google
                relationship: investor
                aliases: [Google Cloud, "Google Cloud EMEA Ltd"]
                evidence: Commitments sheet vendor
              - group: Zephyr Robotics
                relationship: affiliate
            """;

    private static final String RULE = """
            include-parties: parties.yaml
            id: investor-clouds
            description: d
            basis: b
            applies-to: commitments
            view: adjusted
            when: {relationship: [investor, affiliate]}
            tag: investor-cloud
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void aRuleFileIncludesPartiesThatMatchLikeTheSheets() throws IOException {
        write("deal/parties.yaml", PARTIES);
        Path rule = write("deal/clouds.yaml", RULE);
        RuleSet rules = RuleFiles.load(rule);

        assertThat(rules.parties()).extracting(p -> p.party().name(), p -> p.party().group(), DeclaredParty::origin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Google Cloud", "Google", dir.resolve("deal/parties.yaml") + ":4:15"),
                        org.assertj.core.groups.Tuple.tuple("Google Cloud EMEA Ltd", "Google", dir.resolve("deal/parties.yaml") + ":4:29"),
                        // a group without aliases is known by its own name
                        org.assertj.core.groups.Tuple.tuple("Zephyr Robotics", "Zephyr Robotics", dir.resolve("deal/parties.yaml") + ":6:12"));
        assertThat(rules.parties().get(0).evidence()).isEqualTo("Commitments sheet vendor");
        assertThat(rules.files()).extracting(RuleSet.RuleFile::path)
                .containsExactly(rule.toString(), dir.resolve("deal/parties.yaml").toString());

        // "Google Cloud" (a vendor) and "Zephyr Robotics GmbH" match only through the parties file
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .commitment("Google Cloud", 2027, "10.00", Status.BINDING)
                .commitment("Zephyr Robotics GmbH", 2027, "5.00", Status.BINDING)
                .commitment("Globex", 2027, "1.00", Status.BINDING);
        AdjustedLedger a = Adjuster.apply(book.ledger(), rules);
        assertThat(a.lines(Scope.COMMITMENTS)).extracting(l -> l.tagged("investor-cloud")).containsExactly(true, true, false);
    }

    @Test
    void aPartiesFileBesideItsRuleFileLoadsWithTheFolderButAStrayOneIsAnError() throws IOException {
        write("deal/parties.yaml", PARTIES);
        write("deal/clouds.yaml", RULE);
        assertThat(RuleFiles.load(dir.resolve("deal")).rules()).extracting(Rule::id).containsExactly("investor-clouds");

        write("other/parties.yaml", PARTIES);
        write("other/plain.yaml", RULE.replace("include-parties: parties.yaml\n", ""));
        assertThatThrownBy(() -> RuleFiles.load(dir.resolve("other")))
                .hasMessage(dir.resolve("other/parties.yaml") + ":1:1: a parties file that no rule file in "
                        + dir.resolve("other") + " includes; add include-parties: parties.yaml to the rule file that"
                        + " needs it, or move it out of the folder");
    }

    @Test
    void mistakesInAPartiesFileAreLocated() throws IOException {
        Path rule = write("clouds.yaml", RULE);
        write("parties.yaml", PARTIES.replace("relationship: affiliate", "relationship: friend"));
        assertThatThrownBy(() -> RuleFiles.load(rule))
                .hasMessage(dir.resolve("parties.yaml") + ":7:19: unknown relationship 'friend'; expected one of investor |"
                        + " affiliate | other");
        write("parties.yaml", PARTIES.replace("aliases:", "alias:"));
        assertThatThrownBy(() -> RuleFiles.load(rule))
                .hasMessage(dir.resolve("parties.yaml") + ":4:5: unknown key 'alias' (did you mean 'aliases'?); expected"
                        + " one of group, relationship, aliases, evidence");
        write("parties.yaml", PARTIES + """
                  - group: Alphabet
                    relationship: investor
                    aliases: [GOOGLE CLOUD]
                """);
        assertThatThrownBy(() -> RuleFiles.load(rule))
                .hasMessage(dir.resolve("parties.yaml") + ":10:15: 'GOOGLE CLOUD' is already an alias of Google at "
                        + dir.resolve("parties.yaml") + ":4:15; a name belongs to one group");
        Files.delete(dir.resolve("parties.yaml"));
        assertThatThrownBy(() -> RuleFiles.load(rule))
                .hasMessage(rule + ":1:18: include-parties 'parties.yaml': no such file (" + dir.resolve("parties.yaml")
                        + "); paths are relative to the rule file's folder");
    }

    @Test
    void anAliasTheSheetPutsInAnotherGroupIsANoteAtLoad() throws IOException {
        write("parties.yaml", PARTIES);
        RuleSet rules = RuleFiles.load(write("clouds.yaml", RULE));
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx").party("Google Cloud", "Alphabet", Relationship.INVESTOR)
                .revenue("2025-01-01", "Acme", Settlement.CASH, "1.00");
        assertThat(RuleChecks.notes(book.ledger(), rules)).containsExactly(dir.resolve("parties.yaml") + ":4:15: 'Google"
                + " Cloud' is in group Google here but in Alphabet on the Parties sheet (book.xlsx!Parties!A2); the Parties"
                + " sheet wins, fix one of them");
    }

    @Test
    void unknownGroupsAndMissingColumnsAreNotesNotErrors() {
        RuleSet rules = RuleTexts.rules("""
                fields: [partner_fee]
                rules:
                  - id: typo
                    description: d
                    basis: b
                    view: adjusted
                    when: {counterparty: {group: Amazn}}
                    action: flag
                  - id: resold
                    description: d
                    basis: b
                    view: adjusted
                    when: {partner_fee: {exists: true}}
                    reclassify: gross-to-net
                    fee-column: partner_fee
                """);
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx").party("AWS EMEA SARL", "Amazon", Relationship.INVESTOR)
                .revenue("2025-01-01", "Acme", Settlement.CASH, "1.00");
        assertThat(RuleChecks.notes(book.ledger(), rules)).containsExactly(
                "rule 'typo' (rules/t.yaml:3) names group 'Amazn', which is not in the Parties sheet or an included"
                        + " parties file; check the spelling (see: parties)",
                "rule 'resold' (rules/t.yaml:9) reads column 'partner_fee', which has no value in any revenue entry of book");
    }
}
