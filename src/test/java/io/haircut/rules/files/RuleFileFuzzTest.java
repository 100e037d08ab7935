package io.haircut.rules.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.fuzz.Fuzz;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.Adjuster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated rule files: loading either succeeds or ends in haircut's own one-line error (a rule file is
 * never code: no tags, no aliases, nothing executed); rules that load are applied to a small ledger,
 * where a hostile pattern meets the regex budget. See {@link Fuzz}.
 */
class RuleFileFuzzTest {

    private static final long SEED = 4_2026L;

    /** Every part of the grammar (RuleFileParser's comment), in one file of several rules. */
    private static final String GRAMMAR = """
            # every kind of condition
            rules:
              - id: credits
                description: "Credits: not cash"
                basis: ASC 606-10-32-21
                applies-to: revenue
                view: cash
                when:
                  settlement: [cloud-credit]
                  amount: {not-in: ["0", "0.00"]}
                action: strip
              - id: investors-half
                description: half of what investors buy
                basis: ASC 850 / IAS 24
                view: adjusted
                when:
                  any:
                    - counterparty: {group: [Amazon, Google], relationship: investor}
                    - relationship: [affiliate]
                  not: {customer: {matches: "^(?:test|demo)\\\\b.*$"}}
                  all: [{date: {in: [2025-01-15, 2025-02-15]}}, {month: {equals: 2025-01}}]
                action: haircut
                percent: 50%
              - id: marketplace-flag
                description: 'marketplace resale, shown net'
                basis: ASC 606-10-55-36
                view: adjusted
                when: {channel: {contains: marketplace}, invoice: {not-in: [INV-0]}, product: x, currency: USD}
                action: flag
            """;

    @TempDir
    Path dir;

    @Test
    void mutatedRuleFilesLoadOrFailWithHaircutsOwnError() throws Exception {
        List<byte[]> bases = List.of(GRAMMAR.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(Path.of("rules/cloud-credit-revenue.yaml")),
                Files.readAllBytes(Path.of("rules/related-party-revenue.yaml")));
        var ledger = LedgerFixture.of("tiny", "tiny.xlsx")
                .revenue("2025-01-15", "Globex", Settlement.CASH, "100.00")
                .revenue("2025-02-15", "AWS EMEA SARL", Settlement.CLOUD_CREDIT, "40.00")
                .revenue("2025-02-20", "Amazon Web Services", Settlement.CASH, "60.00")
                .party("Amazon Web Services", "Amazon", Relationship.INVESTOR)
                .ledger();
        Fuzz fuzz = new Fuzz(Fuzz.seed(SEED));
        try {
            int cases = Fuzz.cases(3_000);
            for (int i = 0; i < cases; i++) {
                byte[] input = fuzz.mutate(bases.get(i % bases.size()));
                String name = "rule-" + i + ".yaml";
                fuzz.check(name, input, () -> {
                    Path file = Files.write(dir.resolve(name), input);
                    try {
                        RuleSet rules = RuleFiles.load(file);
                        Adjuster.apply(ledger, rules);
                    } finally {
                        Files.delete(file);
                    }
                });
            }
            System.out.println("Rule file fuzzing: " + fuzz.summary());
            assertThat(fuzz.failures()).isEmpty();
        } finally {
            fuzz.close();
        }
    }
}
