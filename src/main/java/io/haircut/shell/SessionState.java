package io.haircut.shell;

import io.haircut.session.Session;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Holds the shell's current {@link Session}. A command computes the next session completely and only
 * then swaps it in, so a command that fails leaves the session exactly as it was.
 */
@Component
public class SessionState {

    private volatile Session current = Session.empty();

    public Session current() {
        return current;
    }

    public synchronized Session update(UnaryOperator<Session> change) {
        Session next = change.apply(current);
        current = next;
        return next;
    }
}
