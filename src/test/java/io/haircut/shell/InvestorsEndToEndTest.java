package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code investors}, {@code coverage --without-vendor-funding} and the bridge's investor lines on the
 * frontier-ai sample, as a user runs them. The figures come from the sample's CSV rows (samples/frontier-ai).
 */
class InvestorsEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesInvestorsAndCoverageWithoutTheirMoney() throws Exception {
        Path investors = dir.resolve("investors.json");
        Path coverage = dir.resolve("coverage.json");
        Path file = Files.writeString(dir.resolve("run.hc"), String.join("\n",
                "import samples/frontier-ai.xlsx",
                "rules load rules/",
                "investors --format json --out " + investors,
                "coverage --without-vendor-funding --format json --out " + coverage,
                "scenario add circular --growth 40% --without-vendor-funding",
                "scenario list",
                "bridge") + "\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HaircutApplication.class.getName(), "script", file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotContain("\tat ");
        assertThat(p.exitValue()).as(output).isZero();

        JsonNode amazon = new ObjectMapper().readTree(investors.toFile()).get("groups").get(0);
        // Funding.csv, Amazon.com, Inc., binding: 4.0B cash (2024-11) + 3.5B cash + 1.5B credits (2026-04) = 9.0B.
        assertThat(amazon.get("group").asText()).isEqualTo("Amazon");
        assertThat(amazon.get("fundingBinding").asText()).isEqualTo("9000000000.00");
        assertThat(amazon.get("fundingBindingCredits").asText()).isEqualTo("1500000000.00");
        assertThat(amazon.get("fundingContingent").asText()).isEqualTo("20000000000.00");
        // Commitments.csv: Amazon Web Services 10B a year 2026-2035 = 100B; 100 / 9 = 11.1111; 9B - 100B = -91B.
        assertThat(amazon.get("commitmentsBinding").asText()).isEqualTo("100000000000.00");
        assertThat(amazon.get("commitmentsPerFundingDollar").asText()).isEqualTo("11.1111");
        assertThat(amazon.get("netFlow").asText()).isEqualTo("-91000000000.00");

        JsonNode c = new ObjectMapper().readTree(coverage.toFile());
        // Cash.csv 2026-04: 23,456,443,906.83 cash and 1,732,517,337.25 credits, less Amazon's 7.5B cash and 1.5B credits
        // (Google Cloud and Microsoft Azure are in no Parties group of the sheet: their funders' money stays in).
        assertThat(c.get("cashOnHand").asText()).isEqualTo("15956443906.83");
        assertThat(c.get("unusedCredits").asText()).isEqualTo("232517337.25");

        // The scenario attribute: added, listed, and said in words.
        assertThat(output).contains("Added scenario circular: growth 40.00% a year, adjusted revenue, without the vendors' own funding")
                .containsPattern("circular +40\\.00% +0\\.00% +adjusted +kept +left out\n");
        assertThat(output).contains("% of reported").contains("Flags (they mark entries and change no amount):")
                .contains("Revenue from investors and affiliates (gross): ")
                .doesNotContainPattern("- round-trips \\.+ +0\\.00");
    }
}
