package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs haircut as a user does, in its own JVM with no terminal: {@code haircut script FILE}, and checks
 * the exit status and what was printed and written.
 */
class ScriptEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theWalkthroughRunsAndWritesItsFiles() throws Exception {
        Path script = Files.writeString(dir.resolve("walk.hc"), String.join("\n",
                "# comment lines and blank lines are skipped",
                "",
                "import samples/clean-saas.xlsx",
                "rules load rules/",
                "bridge --format json --out " + dir.resolve("bridge.json"),
                "export " + dir.resolve("adjusted.xlsx"),
                ""));
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.output()).contains("Imported clean-saas.xlsx: 7 tables, 497 revenue entries (2025-01 .. 2025-12)");
        assertThat(run.output()).contains("Loaded 9 rules from rules/: cloud-credit-revenue, consideration-payable-to-customer,"
                + " contingent-funding, contingent-commitments, credit-funded-financing, customer-concentration,"
                + " related-party-revenue, resold-revenue-gross-to-net, round-trips");
        assertThat(run.exitCode()).isZero();
        // clean-saas has no credits and no related parties: adjusted equals reported (samples/README.md).
        String json = Files.readString(dir.resolve("bridge.json"));
        assertThat(json).contains("\"reported\": \"2892390.04\"")
                .contains("\"adjusted\": \"2892390.04\"");
        assertThat(dir.resolve("adjusted.xlsx")).isNotEmptyFile();
        assertThat(run.output()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void exportAllWritesEveryReportInEveryFormatUnderFixedNamesAndRefusesToReplaceWithoutForce() throws Exception {
        Path out = dir.resolve("out");
        Path script = Files.writeString(dir.resolve("all.hc"), String.join("\n",
                "import samples/clean-saas.xlsx",
                "rules load rules/",
                "export --all " + out,
                "export " + dir.resolve("trail.csv") + " --report adjustments",
                "export " + dir.resolve("bridge.json"),
                ""));
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Wrote 11 files to " + out + ": bridge.csv, bridge.json, bridge-by-month.csv, "
                + "bridge-by-month.json, adjustments.csv, adjustments.json, metrics.csv, metrics.json, coverage.csv, "
                + "coverage.json, clean-saas-adjusted.xlsx");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("adjustments.csv",
                    "adjustments.json", "bridge-by-month.csv", "bridge-by-month.json", "bridge.csv", "bridge.json",
                    "clean-saas-adjusted.xlsx", "coverage.csv", "coverage.json", "metrics.csv", "metrics.json");
        }
        // clean-saas has nothing to strip (samples/README.md): the trail holds only flags (its largest
        // customer passes the 10% concentration mark), each with a zero adjustment; adjusted equals reported.
        List<String> trailRows = Files.readAllLines(out.resolve("adjustments.csv"));
        // The same columns as the adjustments command's CSV: every table's rows, with treatment and note.
        assertThat(trailRows.get(0)).isEqualTo("table,source,counterparty,date,rule,view,treatment,before,adjustment,after,note,basis,rule_file");
        assertThat(trailRows.subList(1, trailRows.size())).allSatisfy(r -> assertThat(r).startsWith("revenue,")
                .contains(",customer-concentration,").contains(",flagged,").contains(",0.00,"));
        assertThat(Files.readString(dir.resolve("trail.csv"))).isEqualTo(Files.readString(out.resolve("adjustments.csv")));
        assertThat(Files.readString(out.resolve("bridge.json"))).contains("\"adjusted\": \"2892390.04\"");
        assertThat(Files.readString(dir.resolve("bridge.json"))).isEqualTo(Files.readString(out.resolve("bridge.json")));

        // Again without --force: refused before anything is written, naming the first file that exists.
        Path again = Files.writeString(dir.resolve("again.hc"), "import samples/clean-saas.xlsx\nexport --all " + out + "\n");
        long modified = Files.getLastModifiedTime(out.resolve("bridge.csv")).toMillis();
        ChildHaircut.Run refused = ChildHaircut.run("script", again.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("Error: " + out.resolve("bridge.csv") + " exists; add --force to replace it");
        assertThat(Files.getLastModifiedTime(out.resolve("bridge.csv")).toMillis()).isEqualTo(modified);
    }

    @Test
    void theRuleCommandsReviewTestAndSwitchRulesAndWriteTheAuditTrail() throws Exception {
        Path conflicts = dir.resolve("conflicts.csv");
        Path trail = dir.resolve("funding.json");
        Path pairs = dir.resolve("pairs.csv");
        Path script = Files.writeString(dir.resolve("rules.hc"), String.join("\n",
                "import samples/frontier-ai",
                "rules load rules/",
                "rules load rules/deals/frontier-ai/",
                "rules show related-party-revenue",
                "rules test rules/variants/related-party-haircut.yaml --limit 2",
                "rules disable customer-concentration",
                "rules list",
                "rules conflicts --format csv --out " + conflicts,
                "adjustments --rule credit-funded-financing --format json --out " + trail,
                "round-trips --format csv --out " + pairs,
                "parties",
                "rules validate rules/variants/",
                ""));
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Loaded 1 rule from rules/deals/frontier-ai/: investor-cloud-commitments")
                .contains("  parties: 2 groups from rules/deals/frontier-ai/parties.yaml")
                .contains("  effect:      422 entries changed by (392,246,442.81)")
                .contains("Dry run of related-party-revenue-haircut (revenue, adjusted view, haircut 50%) on frontier-ai:"
                        + " nothing applied")
                .contains("customer-concentration (disabled)")
                .contains("Amazonia Analytics Ltd  317 revenue")
                .contains("rules/variants/: valid, 2 rules (related-party-revenue-haircut, round-trips-strip); not loaded")
                .doesNotContain("Exception");
        // 279 investor lines settled in credits left at the cash step, so the related-party rule found nothing left
        assertThat(Files.readAllLines(conflicts)).hasSize(1 + 279)
                .allSatisfy(l -> assertThat(l).satisfiesAnyOf(h -> assertThat(h).startsWith("table,"),
                        r -> assertThat(r).contains(",cloud-credit-revenue,related-party-revenue,nothing left,0.00")));
        assertThat(Files.readString(trail)).contains("\"source\": \"frontier-ai/Funding.csv!C8\"")
                .contains("\"adjustment\": \"-1500000000.00\"").contains("\"treatment\": \"credits (not cash)\"")
                .contains("\"by_rule\": [").contains("\"entries\": 1");
        assertThat(Files.readAllLines(pairs)).hasSize(1 + 153);
    }

    @Test
    void aFailingLineStopsTheScriptWithItsLineNumberAndExitStatus() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.hc"), "import samples/clean-saas.xlsx\nimport no-such.xlsx\nbridge\n");
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Error: no-such.xlsx: no such file or folder")
                .contains("bad.hc:2: 'import no-such.xlsx' failed; the script stopped there")
                .doesNotContain("Revenue bridge")
                .doesNotContain("\tat ");
    }

    @Test
    void anExistingOutputIsNotReplacedWithoutForce() throws Exception {
        Path target = Files.writeString(dir.resolve("keep.csv"), "previous");
        Path script = Files.writeString(dir.resolve("o.hc"),
                "import samples/clean-saas\nbridge --format csv --out " + target + "\n");
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains(target + " exists; add --force to replace it");
        assertThat(Files.readString(target)).isEqualTo("previous");
    }

    @Test
    void aMalformedRuleFileIsOneLineNamingFileAndLine() throws Exception {
        Path rules = Files.writeString(dir.resolve("bad.yaml"),
                "id: x\ndescription: d\nbasis: b\nview: cash\nwhen:\n  settlement: cloud-credit\naction: strp\n");
        ChildHaircut.Run run = ChildHaircut.run("rules", "load", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip()).isEqualTo("Error: " + rules + ":7:9: unknown action 'strp'; expected one of strip | haircut | flag");
    }
}
