package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line before the first prompt: on a terminal only, naming help and tutorial. */
class InteractiveRunnerTest {

    private static Screen screen(boolean terminal, boolean quiet) {
        return new Screen(null, new ShellSettings(quiet, false, false, Boolean.toString(terminal), Map.of()));
    }

    @Test
    void onlyAnAnalystAtATerminalIsGreeted() {
        assertThat(InteractiveRunner.greets(screen(true, false))).isTrue();
        assertThat(InteractiveRunner.greets(screen(false, false))).as("piped").isFalse();
        assertThat(InteractiveRunner.greets(screen(true, true))).as("--quiet").isFalse();
    }

    @Test
    void theGreetingIsOneLineNamingHelpAndTutorial() {
        assertThat(InteractiveRunner.greeting("1.2.0"))
                .isEqualTo("haircut 1.2.0: type help for commands, tutorial for a ten-minute walk through the sample.");
        assertThat(InteractiveRunner.greeting(null))
                .isEqualTo("haircut: type help for commands, tutorial for a ten-minute walk through the sample.");
    }
}
