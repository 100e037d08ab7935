package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

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
 * haircut in its own JVM with stdout and stderr kept apart, as when its output is piped: with
 * {@code --quiet} stdout holds only results; confirmations and errors go to stderr.
 */
class QuietEndToEndTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, String stderr) {
    }

    private Run haircut(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                HaircutApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void quietOutputHoldsOnlyTheResultsSoItPipesCleanly() throws Exception {
        Path script = Files.writeString(dir.resolve("csv.hc"),
                "import samples/clean-saas.xlsx\nrules load rules/\nbridge --format csv\n");
        Run run = haircut("--quiet", "script", script.toString());
        assertThat(run.exitCode()).isZero();
        // clean-saas has no credits and no related parties, so every step is 0 (samples/README.md).
        assertThat(run.stdout().lines().toList()).containsExactly(
                "period,line,rule,view,amount,entries",
                ",reported,,,2892390.04,",
                ",step,cloud-credit-revenue,cash,0.00,0",
                ",cash,,,2892390.04,",
                ",step,related-party-revenue,adjusted,0.00,0",
                ",step,round-trips,adjusted,0.00,0",
                ",step,resold-revenue-gross-to-net,adjusted,0.00,0",
                ",step,consideration-payable-to-customer,adjusted,0.00,0",
                // A flag: clean-saas's largest customer passes 10% of a year's revenue in 14 entries.
                ",step,customer-concentration,adjusted,0.00,14",
                ",adjusted,,,2892390.04,");
        assertThat(run.stderr()).contains("Imported clean-saas.xlsx").contains("Loaded 9 rules");
        assertThat(run.stdout() + run.stderr()).doesNotContain("\u001b[");
    }

    @Test
    void quietErrorsGoToStderrWithTheFailingLine() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.hc"), "import samples/clean-saas.xlsx\nbrige\n");
        Run run = haircut("--quiet", "script", script.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Error: " + script + ":2: unknown command 'brige'; did you mean 'bridge'?")
                .doesNotContain("\tat ");
    }

    @Test
    void withoutQuietOutputThatIsNotATerminalIsStillPlainAndWhole() throws Exception {
        Run run = haircut("help", "bridge");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains(
                "  bridge [--by month|quarter|year] [--format table|csv|json] [--out FILE] [--force]")
                .doesNotContain("\u001b[");
    }

    @Test
    void anUnexpectedStartupProblemIsOneLineToo() throws Exception {
        Run run = haircut("--debug", "no-such-command");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout() + run.stderr()).contains("Error: unknown command 'no-such-command'; type help to list the commands");
    }
}
