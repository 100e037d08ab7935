package io.haircut.shell.terminal;

import io.haircut.session.Session;
import java.util.List;

/**
 * Lines a feature adds to {@code status} for what it keeps in the session, shown after the rules:
 * <pre>
 * &#64;Bean StatusSection scenarios() {
 *     return s -> List.of(new StatusSection.Line("Scenarios", "2: base, no-top-customer"));
 * }
 * </pre>
 */
@FunctionalInterface
public interface StatusSection {

    /** One status line: a short label ("Scenarios", or "" to continue the line above) and its text. */
    record Line(String label, String text) {
    }

    /** The lines for {@code session}; empty when there is nothing to say. */
    List<Line> lines(Session session);
}
