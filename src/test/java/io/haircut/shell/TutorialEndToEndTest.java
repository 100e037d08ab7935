package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.shell.commands.TutorialCommand;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haircut tutorial} run without a terminal goes straight through every step, in a folder of its own. */
class TutorialEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theTutorialExplainsAndRunsEachStepOnTheSample() throws Exception {
        Files.createDirectories(dir.resolve("samples"));
        Files.copy(Path.of(TutorialCommand.SAMPLE), dir.resolve(TutorialCommand.SAMPLE));
        Files.createDirectories(dir.resolve("rules"));
        for (String rule : List.of("cloud-credit-revenue.yaml", "related-party-revenue.yaml")) {
            Files.copy(Path.of("rules", rule), dir.resolve("rules").resolve(rule));
        }
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HaircutApplication.class.getName(), "tutorial")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        int steps = TutorialCommand.STEPS.size();
        int previous = -1;
        for (int i = 0; i < steps; i++) {
            TutorialCommand.Step step = TutorialCommand.STEPS.get(i);
            int at = out.indexOf("Step " + (i + 1) + " of " + steps + ": " + step.why());
            assertThat(at).as("step %d is explained after step %d", i + 1, i).isGreaterThan(previous);
            assertThat(out.indexOf("  > " + step.command(), at)).as("and shows its command").isPositive();
            previous = at;
        }
        assertThat(out).contains("Imported frontier-ai.xlsx: 7 tables, 14,329 revenue entries (2024-10 .. 2026-04)")
                .contains("Loaded 2 rules from rules/: cloud-credit-revenue, related-party-revenue")
                .contains("Revenue bridge by period (USD)")
                .contains("Wrote out/frontier-ai-adjusted.xlsx (1,552 adjustments)")
                .contains("That is the tour.");
        assertThat(dir.resolve("out/frontier-ai-adjusted.xlsx")).isNotEmptyFile();
    }

    @Test
    void outsideTheHaircutFolderTheTutorialSaysWhereToStartIt() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HaircutApplication.class.getName(), "tutorial")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.strip()).isEqualTo("Error: the tutorial uses samples/frontier-ai.xlsx and rules/, which are not in "
                + dir.toRealPath() + "; start haircut in its own folder and type tutorial again");
    }
}
