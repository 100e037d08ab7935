package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverage} and {@code scenario} as a user runs them: haircut in its own JVM on a script file. */
class CoverageEndToEndTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    private Run script(String... lines) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("run.hc"), String.join("\n", lines) + "\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HaircutApplication.class.getName(), "script", file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void scenariosAreAddedComparedAndWritten() throws Exception {
        Path json = dir.resolve("coverage.json");
        Path csv = dir.resolve("scenarios.csv");
        Run run = script(
                "import samples/frontier-ai.xlsx",
                "rules load rules/",
                "scenario add slowdown --growth 30% --decay 10%",
                "scenario add no-top --growth 40% --without-top-customer",
                "scenario add reported --growth 40% --basis reported",
                "scenario remove bull",
                "scenario list",
                "coverage --scenarios",
                "coverage --growth 40% --format json --out " + json,
                "coverage --scenarios --format csv --out " + csv);
        assertThat(run.output()).doesNotContain("Error").doesNotContain("\tat ");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Added scenario slowdown: growth 30.00% a year decaying 10.00% a year, adjusted revenue")
                .contains("Added scenario no-top: growth 40.00% a year, adjusted revenue, without the top customer group")
                .contains("Removed scenario bull")
                .contains("Commitment coverage by scenario (USD; binding commitments; base year 2026)")
                .containsPattern("Scenario +bear +base +slowdown +no-top +reported\n")
                .containsPattern("Top customer +kept +kept +kept +less Globex Corporation +kept\n");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("basis").asText()).isEqualTo("adjusted");
        assertThat(root.get("growth").asText()).isEqualTo("0.4000");
        assertThat(root.get("years")).hasSize(10);
        assertThat(root.get("years").get(0).get("year").asInt()).isEqualTo(2026);
        // 2026: AWS $10B + Azure $10B (samples/README.md).
        assertThat(root.get("years").get(0).get("commitments").asText()).isEqualTo("20000000000.00");
        // 2026 counts January-April and the other eight months at April's run rate: above its $20B, so no year falls
        // short at 40% and a break-even growth exists (SampleCoverageTest works both out from the sample's rows).
        assertThat(root.get("firstShortfallYear").isNull()).isTrue();
        assertThat(root.get("breakEvenGrowth").isNull()).isFalse();
        // Header and ten years for each of bear, base, slowdown, no-top, reported.
        assertThat(Files.readAllLines(csv)).hasSize(1 + 10 * 5);
    }

    @Test
    void capacityNeedsAPriceAndThePriceIsPrintedWithTheResult() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("gw"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-12-15,Acme,direct,cash,100.00\n");
        Files.writeString(folder.resolve("Commitments.csv"), "Vendor,Status,Year,Capacity GW,Term Years\nTPU,binding,2026,5,2\n");
        Run without = script("import " + folder, "coverage --growth 10%");
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.output()).contains("Error: " + folder.getFileName() + "/Commitments.csv"
                + "!D2: TPU's commitment is 5 GW a year (2026-2027); give --usd-per-gw-year (dollars per GW-year) to turn capacity into dollars");

        Run with = script("import " + folder, "coverage --growth 10% --usd-per-gw-year 100",
                "coverage --growth 10% --usd-per-gw-year 100 --format csv --out " + dir.resolve("c.csv"));
        assertThat(with.exitCode()).isZero();
        String said = "Assumption: TPU 5 GW a year 2026-2027 at USD 100.00 per GW-year (--usd-per-gw-year, your figure) = USD 500.00 a year";
        // Printed with the table, and again when the result goes to a file.
        assertThat(with.output().split(java.util.regex.Pattern.quote(said), -1)).hasSize(3);
        assertThat(with.output()).contains("Wrote " + dir.resolve("c.csv"));
    }

    @Test
    void aBadRateIsOneLine() throws Exception {
        Run run = script("import samples/clean-saas", "coverage --growth forty");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Error: --growth: expected a rate such as 40% or 0.4, found 'forty'").doesNotContain("\tat ");
    }
}
