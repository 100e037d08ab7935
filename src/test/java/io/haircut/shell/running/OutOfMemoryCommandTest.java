package io.haircut.shell.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.shell.Shell;

/**
 * A command the heap cannot hold (the JVM throws OutOfMemoryError, which the shell's error handling, made for
 * exceptions, lets through) is one line naming the command and the option that gives more memory, and the
 * script stops there as after any failed command; it never ends haircut with "could not start".
 */
class OutOfMemoryCommandTest {

    @Test
    void aCommandThatRunsOutOfMemoryIsAFailedCommandWithOneLine() throws Exception {
        Shell shell = mock(Shell.class);
        doThrow(new OutOfMemoryError("Java heap space")).when(shell).run(any());
        ShellSettings quiet = new ShellSettings(true, false, true, "false", java.util.Map.of()); // errors to stderr
        CommandOutcomes outcomes = new CommandOutcomes();
        ErrorReporter errors = new ErrorReporter(null, new Screen(null, quiet), quiet, outcomes, null);
        CommandRunner runner = new CommandRunner(shell, null, outcomes, errors);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        boolean succeeded;
        try {
            succeeded = runner.run("bridge --by month");
        } finally {
            System.setErr(before);
        }

        assertThat(succeeded).isFalse();
        assertThat(outcomes.failures()).isEqualTo(1);
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Error: not enough memory for 'bridge --by month' in haircut's "
                + String.format(java.util.Locale.ROOT, "%,d", heapMb)
                + " MB heap; nothing was changed; start haircut with more, e.g. java -Xmx4g -jar haircut.jar\n");
    }
}
