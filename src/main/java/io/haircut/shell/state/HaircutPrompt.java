package io.haircut.shell.state;

import io.haircut.session.Session;
import io.haircut.shell.terminal.Rendering;
import io.haircut.shell.terminal.Screen;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The prompt shows what is loaded: {@code haircut:frontier-ai [5 rules] > }. */
@Component
public class HaircutPrompt implements PromptProvider {

    private final SessionState state;
    private final Screen screen;

    HaircutPrompt(SessionState state, Screen screen) {
        this.state = state;
        this.screen = screen;
    }

    @Override
    public AttributedString getPrompt() {
        // A Ctrl-C that came after the last command stopped looking must not cancel the next one.
        Thread.interrupted();
        return screen.attributed(text(state.current()), AttributedStyle.BOLD);
    }

    /** {@code haircut > }, {@code haircut:frontier-ai > }, {@code haircut:frontier-ai [1 rule] > }. */
    static String text(Session s) {
        return loaded(s, "haircut", ":") + " > ";
    }

    /** What is loaded, as the prompt shows it after {@code prefix}: "frontier-ai [2 rules]". */
    public static String loaded(Session s, String prefix, String separator) {
        StringBuilder p = new StringBuilder(prefix);
        if (s.ledger() != null) {
            p.append(separator).append(s.ledger().company());
        }
        if (!s.rules().rules().isEmpty()) {
            p.append(" [").append(Rendering.count(s.rules().rules().size(), "rule")).append(']');
        }
        return p.toString();
    }
}
