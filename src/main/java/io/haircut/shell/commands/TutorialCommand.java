package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.shell.running.CommandRunner;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;

/**
 * {@code tutorial}: a guided run through the bundled frontier-ai sample. Each step says what it is
 * for, shows its command, and runs it through the shell as if typed; at a terminal it waits for
 * Enter first, in a script or one-shot run it goes straight through.
 */
@Command(group = "Session")
public class TutorialCommand {

    /** One step: why, then the command that does it. */
    public record Step(String why, String command) {
    }

    public static final String SAMPLE = "samples/frontier-ai.xlsx";

    public static final List<Step> STEPS = List.of(
            new Step("Import the company's data-room workbook. Every row keeps the cell it came from.",
                    "import " + SAMPLE),
            new Step("See what is loaded: each file with the start of its SHA-256, its sheets, and whether results are stale.",
                    "status"),
            new Step("Load the shipped rules: strip revenue settled in cloud credits (Reported to Cash), then revenue "
                    + "from the company's own investors (Cash to Adjusted).", "rules load rules/"),
            new Step("Each rule in the order it applies, with its file:line and the accounting basis it cites.",
                    "rules list"),
            new Step("The revenue bridge: Reported, each rule's step with its amount, Cash, Adjusted.", "bridge"),
            new Step("The same bridge per quarter; --by month and --by year work too.", "bridge --by quarter"),
            new Step("Write the adjusted workbook (live formulas, the audit trail); --force replaces an earlier copy.",
                    "export out/frontier-ai-adjusted.xlsx --force"));

    private final CommandRunner runner;
    private final Terminal terminal;
    private final LineReader reader;
    private final ShellContext context;
    private final Screen screen;

    TutorialCommand(CommandRunner runner, @Lazy Terminal terminal, @Lazy LineReader reader, @Lazy ShellContext context,
            Screen screen) {
        this.runner = runner;
        this.terminal = terminal;
        this.reader = reader;
        this.context = context;
        this.screen = screen;
    }

    @Command(command = "tutorial", description = "Walk through the frontier-ai sample step by step. Import, rules, bridge and "
            + "export, each step explained, then run (at a terminal, after you press Enter). Example: tutorial")
    Confirmation tutorial() {
        if (!Files.isRegularFile(Path.of(SAMPLE)) || !Files.isDirectory(Path.of("rules"))) {
            throw new HaircutException("the tutorial uses " + SAMPLE + " and rules/, which are not in "
                    + Path.of("").toAbsolutePath() + "; start haircut in its own folder and type tutorial again");
        }
        boolean pause = context.getInteractionMode() == InteractionMode.INTERACTIVE && screen.isTerminal();
        say("", "haircut tutorial", ": " + STEPS.size() + " steps on the frontier-ai sample. "
                + "It replaces what is loaded now (undo brings it back).");
        for (int i = 0; i < STEPS.size(); i++) {
            Step step = STEPS.get(i);
            say("\n", "Step " + (i + 1) + " of " + STEPS.size(), ": " + step.why());
            say("", "", "  > " + step.command());
            if (pause && !enter()) {
                return new Confirmation("Tutorial stopped; type tutorial to start again");
            }
            if (!runner.run(step.command())) {
                throw new HaircutException("tutorial step " + (i + 1) + " ('" + step.command() + "') failed; the tutorial stopped there");
            }
        }
        return new Confirmation("\nThat is the tour. Next: help lists every command by task, Tab completes, "
                + "status shows what is loaded, undo steps back.");
    }

    /** Waits for Enter; false when the analyst types q or presses Ctrl-C or Ctrl-D. */
    private boolean enter() {
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = reader.readLine("  Press Enter to run it (q to stop) ");
            return !answer.trim().toLowerCase(Locale.ROOT).startsWith("q");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
        }
    }

    /** Prints {@code before}, then {@code heading} in bold and {@code text}, fitted to the screen's width. */
    private void say(String before, String heading, String text) {
        String fitted = screen.fit(heading + text);
        terminal.writer().println(before + screen.bold(heading) + fitted.substring(heading.length()));
        terminal.writer().flush();
    }
}
