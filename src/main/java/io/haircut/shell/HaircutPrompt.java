package io.haircut.shell;

import io.haircut.session.Session;
import org.jline.utils.AttributedString;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The prompt shows what is loaded: {@code haircut:frontier-ai [2 rules]>}. */
@Component
class HaircutPrompt implements PromptProvider {

    private final SessionState state;

    HaircutPrompt(SessionState state) {
        this.state = state;
    }

    @Override
    public AttributedString getPrompt() {
        Session s = state.current();
        StringBuilder p = new StringBuilder("haircut");
        if (s.ledger() != null) {
            p.append(':').append(s.ledger().company());
        }
        if (!s.rules().rules().isEmpty()) {
            p.append(" [").append(Rendering.count(s.rules().rules().size(), "rule")).append(']');
        }
        return new AttributedString(p.append("> ").toString());
    }
}
