package io.haircut.shell;

import io.haircut.shell.running.ErrorReporter;
import io.haircut.shell.terminal.Screen;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.shell.ExitRequest;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.Utils;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.InteractiveShellRunner;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/**
 * The interactive loop (used when haircut starts without a command), as Spring Shell's own but for
 * Ctrl-C: Spring Shell leaves the shell when Ctrl-C is pressed on an empty line, which loses the
 * session to a Ctrl-C meant for a command that had just finished. Here Ctrl-C only clears the line;
 * Ctrl-D or quit leaves. Spring Shell's runner is turned off (spring.shell.interactive.enabled=false).
 * On a terminal, one line before the first prompt says where to start; piped input and scripts get none.
 */
@Component
@Order(InteractiveShellRunner.PRECEDENCE)
class InteractiveRunner implements ShellRunner {

    static final String HINT = "(Ctrl-C clears the line; type quit or press Ctrl-D to leave)";

    private final LineReader reader;
    private final PromptProvider prompt;
    private final Shell shell;
    private final ShellContext context;
    private final Screen screen;

    /** The command line last read, to name a command that ran out of memory. */
    private volatile String lastLine = "";
    private final ErrorReporter errors;

    InteractiveRunner(@Lazy LineReader reader, PromptProvider prompt, @Lazy Shell shell, @Lazy ShellContext context, Screen screen,
            @Lazy ErrorReporter errors) {
        this.errors = errors;
        this.reader = reader;
        this.prompt = prompt;
        this.shell = shell;
        this.context = context;
        this.screen = screen;
    }

    @Override
    public boolean run(String[] args) throws Exception {
        context.setInteractionMode(InteractionMode.INTERACTIVE);
        if (greets(screen)) {
            reader.getTerminal().writer().println(greeting(HaircutApplication.class.getPackage().getImplementationVersion()));
            reader.getTerminal().writer().flush();
        }
        while (true) {
            try {
                shell.run(input());
                return true;
            } catch (OutOfMemoryError e) {
                // A command the heap could not hold: said in one line, and the prompt comes back (the session
                // is as it was; the command's half-built results are garbage by now).
                errors.report(io.haircut.HeapRoom.outOfMemory(lastLine));
            }
        }
    }

    /** Only an analyst at a terminal is greeted: not a pipe, not --quiet. */
    static boolean greets(Screen screen) {
        return screen.isTerminal() && !screen.settings().quiet();
    }

    /** The one line before the first prompt; {@code version} is null when run from the build's classes. */
    static String greeting(String version) {
        return "haircut" + (version == null ? "" : " " + version)
                + ": type help for commands, tutorial for a ten-minute walk through the sample.";
    }

    InputProvider input() {
        return () -> {
            try {
                reader.readLine(prompt.getPrompt().toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                if (e.getPartialLine().isEmpty()) {
                    reader.getTerminal().writer().println(HINT);
                    reader.getTerminal().writer().flush();
                }
                return Input.EMPTY;
            } catch (EndOfFileException e) {
                throw new ExitRequest(0);
            }
            List<String> words = Utils.sanitizeInput(reader.getParsedLine().words());
            String raw = reader.getParsedLine().line();
            lastLine = raw.strip();
            return new Input() {
                @Override
                public String rawText() {
                    return raw;
                }

                @Override
                public List<String> words() {
                    return words;
                }
            };
        };
    }
}
