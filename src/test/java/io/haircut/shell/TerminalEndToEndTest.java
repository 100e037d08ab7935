package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * haircut in a real pseudo-terminal: tmux runs it (from the test classpath, as {@code java -jar} would
 * run the jar), the test types with {@code send-keys} and reads the screen with {@code capture-pane}.
 * One session: the line before the first prompt, Tab completion of a command and a file name, a mistyped command, a long import
 * cancelled with Ctrl-C (the session keeps what it had), Ctrl-C on an empty line (the shell stays),
 * status, quit, and the history file.
 * Needs tmux; without it the test is skipped and says so. Run alone with:
 * {@code mvn -B test -Dtest=TerminalEndToEndTest}.
 */
class TerminalEndToEndTest {

    /** Enough rows that importing them takes seconds, so Ctrl-C lands during the import. */
    private static final int BIG_IMPORT_ROWS = 1_200_000;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path socket;

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            tmux("kill-server"); // only the server on this test's own socket
        }
    }

    @Test
    void anAnalystSessionWithTabCompletionATypoAndCtrlCDuringALongImport() throws Exception {
        boolean haveTmux = tmuxInstalled();
        if (!haveTmux) {
            System.out.println("\n*** SKIPPED TerminalEndToEndTest: tmux is not installed, so the shell was not tried in a real"
                    + " terminal. Install it (apt-get install -y tmux) to run this test; .ci/run does when it can. ***\n");
        }
        assumeTrue(haveTmux, "tmux is not installed (apt-get install -y tmux); the real-terminal test was skipped");

        Path big = bigRevenueCsv();
        Path home = Files.createDirectories(dir.resolve("home"));
        socket = dir.resolve("tmux.sock");
        Path launcher = launcher(home);
        tmux("new-session", "-d", "-x", "100", "-y", "50", "-s", "haircut", "sh " + launcher);

        String start = waitFor("the prompt", STARTUP, s -> s.contains("haircut >"));
        // One line before the first prompt says where to start, and only that line.
        List<String> startLines = start.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(startLines).hasSize(2);
        assertThat(startLines.get(0)).startsWith("haircut").endsWith(": type help for commands, tutorial for a ten-minute walk through the sample.");
        assertThat(startLines.get(1)).isEqualTo("haircut >");

        // Tab completes the command, then the file name (only files import can read are offered).
        keys("imp", "Tab");
        waitFor("import completed", STEP, s -> s.contains("haircut > import"));
        keys("samples/frontier-ai.x", "Tab");
        waitFor("the workbook's name completed", STEP, s -> s.contains("import samples/frontier-ai.xlsx"));
        keys("Enter");
        waitFor("the import", STEP, s -> s.contains("haircut:frontier-ai >"));
        keys("rules load rules/", "Enter");
        waitFor("the rules", STEP, s -> s.contains("haircut:frontier-ai [9 rules] >"));

        keys("brige", "Enter");
        waitFor("the nearest command", STEP, s -> s.contains("Error: unknown command 'brige'; did you mean 'bridge'?"));

        keys("import " + big, "Enter");
        waitFor("the progress bar", STEP, s -> s.contains("rows/s") && s.contains("Ctrl-C cancels"));
        keys("C-c");
        String afterCancel = waitFor("the cancel", STEP,
                s -> s.contains("Cancelled: nothing was changed or written") && s.strip().endsWith("haircut:frontier-ai [9 rules] >"));
        assertThat(afterCancel).doesNotContain("Imported Revenue.csv");
        // A second Ctrl-C, on the empty prompt, clears the line and keeps the shell (and the session).
        keys("C-c");
        waitFor("the Ctrl-C hint", STEP, s -> s.contains(InteractiveRunner.HINT));

        keys("status", "Enter");
        String screen = waitFor("status", STEP, s -> s.contains("Debug    off"));
        assertThat(screen).contains("Company  frontier-ai").contains("Rules    9: cloud-credit-revenue, consideration-payable-to-customer");
        assertThat(screen).doesNotContain("Exception").doesNotContain("\tat ");

        keys("quit", "Enter");
        waitForExit();
        List<String> history = Files.readAllLines(home.resolve(".haircut_history"), StandardCharsets.UTF_8);
        assertThat(String.join("\n", history)).contains("import samples/frontier-ai.xlsx").contains("brige").contains("status");
    }

    /** Revenue.csv with {@link #BIG_IMPORT_ROWS} rows in the canonical layout. */
    private Path bigRevenueCsv() throws IOException {
        Path csv = dir.resolve("big").resolve("Revenue.csv");
        Files.createDirectories(csv.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Date,Customer,Channel,Settlement,Amount\n");
            for (int i = 0; i < BIG_IMPORT_ROWS; i++) {
                out.write("2025-" + (i % 9 + 1 < 10 ? "0" : "") + (i % 9 + 1) + "-15,Customer " + (i % 500)
                        + ",direct,cash," + (i % 997) + ".25\n");
            }
        }
        return csv;
    }

    /** A script that starts haircut in this project's folder, with its own home (history) and colours as on any terminal. */
    private Path launcher(Path home) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String script = String.join("\n",
                "cd '" + Path.of("").toAbsolutePath() + "'",
                "unset NO_COLOR",
                "export HOME='" + home + "'",
                "export CLASSPATH='" + System.getProperty("java.class.path") + "'",
                // exec: Ctrl-C goes to haircut alone, as when it is started from a shell prompt.
                "exec '" + java + "' -Duser.home='" + home + "' " + HaircutApplication.class.getName(),
                "");
        return Files.writeString(dir.resolve("haircut.sh"), script);
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "haircut"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", "haircut", "-S", "-500");
    }

    private String waitFor(String what, Duration limit, Predicate<String> done) throws Exception {
        Instant end = Instant.now().plus(limit);
        String screen = "";
        while (Instant.now().isBefore(end)) {
            screen = screen();
            if (done.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; the terminal shows:\n" + screen);
    }

    private void waitForExit() throws Exception {
        Instant end = Instant.now().plus(STEP);
        while (Instant.now().isBefore(end)) {
            Process p = new ProcessBuilder("tmux", "-S", socket.toString(), "has-session", "-t", "haircut")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                return; // the session ended with haircut
            }
            Thread.sleep(100);
        }
        throw new AssertionError("haircut did not exit after quit; the terminal shows:\n" + screen());
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean tmuxInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
