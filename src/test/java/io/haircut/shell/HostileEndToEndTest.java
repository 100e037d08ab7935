package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.workbook.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files (docs/limits-and-security.md) as the analyst meets them, in haircut's own JVM:
 * a damaged workbook is one line on the screen, however loudly the libraries underneath fail; a password
 * opens a protected workbook; a session saved in one run opens in the next.
 */
class HostileEndToEndTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
    }

    private Run haircut(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HaircutApplication.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void aDamagedWorkbookIsOneLineOnTheScreen() throws Exception {
        Path file = Files.write(dir.resolve("cut.xlsx"), TestFiles.cutSharedStrings());
        Run run = haircut("import", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip()).isEqualTo("Error: cut.xlsx: cannot read the workbook: it is damaged; get a fresh"
                + " copy of the file, or open it in Excel and save it again");
    }

    @Test
    void aSessionSavedInOneRunOpensInTheNextWithItsProtectedWorkbook() throws Exception {
        Path locked = Files.write(dir.resolve("locked.xlsx"), TestFiles.lockedWorkbook("s3cret"));
        Path session = dir.resolve("work/locked.json");
        Path first = Files.writeString(dir.resolve("first.hc"), String.join("\n",
                "import " + locked,
                "import " + locked + " --password s3cret",
                "rules load rules/cloud-credit-revenue.yaml",
                "scenario add slow --growth 20%",
                "save " + session,
                ""));
        Run one = haircut("script", first.toString());
        // The first line fails (no password) and stops the script: run the rest as a second script.
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.output()).contains("Error: locked.xlsx: this workbook is password protected; add --password PASSWORD to open it");
        Files.writeString(first, String.join("\n", Files.readAllLines(first).subList(1, 5)) + "\n");
        Run saved = haircut("script", first.toString());
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        assertThat(saved.output()).contains("Saved " + session + ": 1 input file, 1 rule file, 4 scenarios");

        Path second = Files.writeString(dir.resolve("second.hc"), "open " + session + " --password s3cret\nbridge --format json\n");
        Run reopened = haircut("script", second.toString());

        assertThat(reopened.exitCode()).as(reopened.output()).isZero();
        assertThat(reopened.output()).contains("Opened " + session + ": locked (2 revenue entries), 1 rule, 4 scenarios");
        // The workbook: 100.00 in cash from Globex, 250.50 in cloud credits from Initech; the rule strips the 250.50.
        assertThat(reopened.output()).contains("\"reported\": \"350.50\"").contains("\"cash\": \"100.00\"");
        assertThat(reopened.output()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
