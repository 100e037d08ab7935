package io.haircut.shell.running;

import io.haircut.Cancelled;
import io.haircut.HaircutException;
import io.haircut.shell.input.ParserErrors;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.stereotype.Component;

/**
 * Words every failure the way the analyst should see it: one line saying where and what to do, with
 * exit code 1 for their mistakes, 130 for Ctrl-C and 2 for anything unexpected. The stack trace is
 * shown only in debug mode ({@code --debug} at startup, or {@code debug on}). With {@code --quiet}
 * errors go to stderr, so piped output holds only results.
 */
@Component
public class ErrorReporter {

    public static final int USER_ERROR = 1;
    public static final int UNEXPECTED = 2;
    static final int CANCELLED = 130; // 128 + SIGINT, as shells report an interrupted program

    /** Failures already shown, so the launcher only sets the exit code for them. */
    private static final Set<Throwable> REPORTED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Terminal terminal;
    private final Screen screen;
    private final ShellSettings settings;
    private final CommandOutcomes outcomes;
    private final CommandCatalog catalog;

    ErrorReporter(@Lazy Terminal terminal, Screen screen, ShellSettings settings, CommandOutcomes outcomes,
            @Lazy CommandCatalog catalog) {
        this.terminal = terminal;
        this.screen = screen;
        this.settings = settings;
        this.outcomes = outcomes;
        this.catalog = catalog;
    }

    /** The text the analyst sees for {@code e}, ending with a newline. */
    String message(Throwable e) {
        StringBuilder out = new StringBuilder();
        if (isCancel(e)) {
            out.append(screen.warning("Cancelled:")).append(" nothing was changed or written");
        } else {
            String what = e instanceof CommandParserExceptionsException p
                    ? ParserErrors.explain(p, catalog.getRegistrations()) : oneLine(e);
            // Fitted as plain text ("Error: " is as wide as its styled form), so a long line wraps at a space.
            String fitted = screen.fit("Error: " + what).substring("Error: ".length());
            out.append(screen.error("Error:")).append(' ').append(fitted);
        }
        out.append('\n');
        if (settings.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            out.append(trace);
        }
        return out.toString();
    }

    static String oneLine(Throwable e) {
        if (e instanceof HaircutException) {
            return e.getMessage();
        }
        // The library's or the JVM's own words mean nothing to the analyst; they are in the --debug trace.
        return "unexpected failure inside haircut; nothing was written (run with --debug, or type 'debug on', to see the details)";
    }

    static int exitCode(Throwable e) {
        if (isCancel(e)) {
            return CANCELLED;
        }
        return e instanceof HaircutException || e instanceof CommandParserExceptionsException ? USER_ERROR : UNEXPECTED;
    }

    static boolean isCancel(Throwable e) {
        return e instanceof Cancelled || e instanceof UserInterruptException || e instanceof InterruptedException;
    }

    /**
     * Shows {@code e} now (stderr under {@code --quiet}) and returns what is left for the shell to
     * print itself: empty when already shown.
     */
    String show(Throwable e) {
        // Ctrl-C may have landed after the command last looked; the next prompt must not see it.
        Thread.interrupted();
        REPORTED.add(e);
        String text = message(e);
        if (settings.quiet()) {
            System.err.print(text);
            System.err.flush();
            return "";
        }
        return text;
    }

    /** For failures that bypassed the command's error handling: prints them the same way. */
    public void report(Throwable e) {
        outcomes.failed();
        String text = show(e);
        if (!text.isEmpty()) {
            terminal.writer().print(text);
            terminal.writer().flush();
        }
    }

    /** Whether {@code e} or one of its causes was already shown to the analyst. */
    public static boolean wasReported(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (REPORTED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
