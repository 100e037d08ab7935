package io.haircut.shell;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.test.ShellTestClient;

/** Typing into a {@link ShellTestClient} session and waiting for the screen, for shell tests. */
final class ShellScreens {

    static final Duration WAIT = Duration.ofSeconds(30);

    private ShellScreens() {
    }

    /**
     * Starts an interactive session. The test client runs its own shell runner but leaves the shell's
     * context non-interactive, where the first failing command would end the session; a real
     * interactive run sets it, so this does too.
     */
    static ShellTestClient.InteractiveShellSession interactive(ShellTestClient client, ShellContext context) {
        context.setInteractionMode(InteractionMode.INTERACTIVE);
        return client.interactive().run();
    }

    /** Types {@code line} and Enter. */
    static void type(ShellTestClient.InteractiveShellSession session, String line) {
        session.write(session.writeSequence().text(line).carriageReturn().build());
    }

    /** The screen's text, lines joined with newlines, trailing blanks removed. */
    static String text(ShellTestClient.BaseShellSession<?> session) {
        List<String> lines = session.screen().lines();
        return String.join("\n", lines.stream().map(String::stripTrailing).toList()).stripTrailing();
    }

    /** The text with word-wrapped lines joined again (a line break and its indentation become one space). */
    static String flat(String text) {
        return text.replaceAll("\n +", " ");
    }

    /** Waits until the screen satisfies {@code done}, and returns its text. */
    static String waitFor(ShellTestClient.BaseShellSession<?> session, Predicate<String> done) {
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> done.test(text(session)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the screen did not show what was expected; it shows:\n" + text(session), e);
        }
        return text(session);
    }

    static String waitFor(ShellTestClient.BaseShellSession<?> session, String expected) {
        return waitFor(session, s -> s.contains(expected));
    }

    /** Waits until {@code expected} appears {@code times} times (a prompt after the n-th command). */
    static String waitForCount(ShellTestClient.BaseShellSession<?> session, String expected, int times) {
        return waitFor(session, s -> count(s, expected) >= times);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
