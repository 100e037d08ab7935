package io.haircut.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.rules.files.RuleFiles;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import io.haircut.shell.terminal.StatusSection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class SessionCommandsTest {

    private final SessionState state = new SessionState();
    private final ShellSettings plain = new ShellSettings(false, false, true, "false", Map.of());

    private SessionCommands commands(StatusSection... sections) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < sections.length; i++) {
            beans.addBean("section" + i, sections[i]);
        }
        return new SessionCommands(state, plain, new Screen(null, plain), beans.getBeanProvider(StatusSection.class));
    }

    @Test
    void otherFeaturesAddTheirLinesToStatusBeforeTheResultsLine() {
        state.update("rules load", s -> s.withRules(RuleFiles.load(Path.of("rules/cloud-credit-revenue.yaml"))));
        String status = commands(s -> List.of(new StatusSection.Line("Scenarios", "2: base, no-top-customer"))).status();
        assertThat(status).contains("Company  none imported yet; try: import samples/frontier-ai.xlsx")
                .contains("Scenarios 2: base, no-top-customer\nResults  up to date");
    }

    @Test
    void debugTurnsOnAndOffAndSaysSo() {
        SessionCommands c = commands();
        assertThat(c.debug("on").text()).isEqualTo("Debug is on: errors show their stack trace");
        assertThat(plain.debug()).isTrue();
        assertThat(c.debug("off").text()).isEqualTo("Debug is off: errors are one line");
        assertThat(c.reset().text()).isEqualTo("Nothing to reset: nothing is loaded");
    }
}
