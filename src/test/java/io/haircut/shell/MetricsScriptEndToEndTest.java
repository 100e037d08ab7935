package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code metrics} command as a user runs it: haircut in its own JVM on a script file. */
class MetricsScriptEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void metricsShowsTheTableAndWritesJsonAndCsv() throws Exception {
        Path json = dir.resolve("metrics.json");
        Path csv = dir.resolve("out/metrics.csv");
        Path script = Files.writeString(dir.resolve("m.hc"), String.join("\n",
                "import samples/clean-saas.xlsx",
                "rules load rules/",
                "metrics --by quarter",
                "metrics --period all --format json --out " + json,
                "metrics --period 2025-Q2 --format csv --out " + csv,
                "metrics --period 2025-Q2 --format csv --out " + csv,
                ""));
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        // Clean SaaS's data run January to December 2025, so the last full quarter is 2025-Q4.
        assertThat(run.output()).contains("Unit economics: clean-saas, 2025-Q4 (last full quarter in the data, of 2025-01 .. 2025-12;")
                .contains("Metric                              Reported    Adjusted     Difference")
                .contains("Revenue by quarter, $K: # adjusted, + removed by the rules (reported - adjusted)")
                .contains("Wrote " + json)
                .contains("Wrote " + csv);
        // The second CSV write finds the file there: a script has nobody to ask, so it stops.
        assertThat(run.output()).contains("Error: " + csv + " exists; add --force to replace it")
                .doesNotContain("\tat ");
        assertThat(run.exitCode()).isEqualTo(1);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode periods = root.get("periods");
        assertThat(periods).hasSize(12); // every month of 2025
        assertThat(periods.get(0).get("period").asText()).isEqualTo("2025-01");
        // clean-saas has nothing to strip (samples/README.md): adjusted equals reported, metric by metric
        for (JsonNode p : periods) {
            assertThat(p.get("adjusted")).isEqualTo(p.get("reported"));
        }
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("period,metric,unit,reported,adjusted,difference,notes");
        assertThat(Files.readAllLines(csv)).hasSize(19).allMatch(l -> l.startsWith("2025-Q2,") || l.startsWith("period,"));
    }

    @Test
    void aBadPeriodIsOneLineAndExitStatusOne() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.hc"), "import samples/clean-saas\nmetrics --period 2030-01\n");
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Error: 2030-01 is outside the data (2025-01 .. 2025-12); expected a month from 2025-01 to 2025-12")
                .contains("bad.hc:2: 'metrics --period 2030-01' failed; the script stopped there")
                .doesNotContain("\tat ");
    }
}
