package io.haircut.shell.state;

import io.haircut.HaircutException;
import io.haircut.session.Session;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Holds the shell's current {@link Session}. A command computes the next session completely and only
 * then swaps it in, so a command that fails leaves the session exactly as it was. Each change keeps
 * the session before it (the last {@link #UNDO_DEPTH}), so {@code undo} can step back; sessions are
 * immutable and share their ledgers, so this costs little memory.
 */
@Component
public class SessionState {

    /** How many changes {@code undo} can step back. */
    static final int UNDO_DEPTH = 10;

    /** A session as it was before {@code change} (for example "import samples/frontier-ai.xlsx"). */
    record Step(String change, Session before) {
    }

    private volatile Session current = Session.empty();
    private final Deque<Step> history = new ArrayDeque<>();
    /** The sheets of the files last inspected or imported, for Tab after --sheets; not part of the session. */
    private volatile List<String> sheetsSeen = List.of();

    public Session current() {
        return current;
    }

    /** Applies {@code change}; {@code undo} can restore the session as it was before. */
    public Session update(UnaryOperator<Session> change) {
        return update("the last change", change);
    }

    /**
     * Applies {@code change}, remembering it as {@code what} (the command line, such as
     * "rules load rules/") so {@code undo} can say what it undid. Nothing is remembered when the
     * change leaves the session as it was, or when it fails.
     */
    public synchronized Session update(String what, UnaryOperator<Session> change) {
        Session before = current;
        Session next = change.apply(before);
        if (next != before) {
            history.push(new Step(what, before));
            while (history.size() > UNDO_DEPTH) {
                history.removeLast();
            }
            current = next;
        }
        return next;
    }

    /** Restores the session before the last change and says which change that was. */
    public synchronized String undo() {
        Step last = history.poll();
        if (last == null) {
            throw new HaircutException("nothing to undo; undo steps back over an import, a rule load or a reset");
        }
        current = last.before();
        return last.change();
    }

    /** The change {@code undo} would undo now, if any. */
    public synchronized Optional<String> lastChange() {
        return Optional.ofNullable(history.peek()).map(Step::change);
    }

    public synchronized int undoSteps() {
        return history.size();
    }

    /** Remembers the sheets of the files just inspected or imported (a CSV file by its file name). */
    public void sawSheets(List<String> sheets) {
        sheetsSeen = List.copyOf(sheets);
    }

    /** The sheets of the files last inspected or imported; empty before either. */
    List<String> sheetsSeen() {
        return sheetsSeen;
    }
}
