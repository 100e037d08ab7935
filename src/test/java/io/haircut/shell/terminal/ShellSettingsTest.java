package io.haircut.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellSettingsTest {

    @Test
    void noColorInTheEnvironmentTurnsColourOffWhateverItsValueUnlessEmpty() {
        // https://no-color.org: present and not empty means no colour.
        assertThat(new ShellSettings(false, false, false, "auto", Map.of()).colourAllowed()).isTrue();
        assertThat(new ShellSettings(false, false, false, "auto", Map.of("NO_COLOR", "")).colourAllowed()).isTrue();
        assertThat(new ShellSettings(false, false, false, "auto", Map.of("NO_COLOR", "1")).colourAllowed()).isFalse();
        assertThat(new ShellSettings(false, false, true, "auto", Map.of()).colourAllowed()).isFalse();
        assertThat(new ShellSettings(false, false, false, "false", Map.of()).terminalOverride()).isFalse();
        ShellSettings quietDebug = new ShellSettings(true, true, false, "auto", Map.of());
        assertThat(quietDebug.quiet()).isTrue();
        assertThat(quietDebug.debug()).isTrue();
    }
}
