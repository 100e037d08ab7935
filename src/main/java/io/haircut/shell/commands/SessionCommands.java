package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleSet;
import io.haircut.session.InputChanges;
import io.haircut.session.Session;
import io.haircut.shell.state.HaircutPrompt;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import io.haircut.shell.terminal.StatusSection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * What is loaded now, and stepping back: status, undo, reset; and debug mode for error details.
 * Features that keep more in the session (scenarios) add their lines to status with a {@link StatusSection} bean.
 */
@Command(group = "Session")
public class SessionCommands {

    /** How much of a file's SHA-256 status shows: enough to tell two versions apart at a glance. */
    static final int HASH_PREFIX = 12;
    private static final int LABEL = 9;

    private final SessionState state;
    private final ShellSettings settings;
    private final Screen screen;
    private final ObjectProvider<StatusSection> sections;

    SessionCommands(SessionState state, ShellSettings settings, Screen screen, ObjectProvider<StatusSection> sections) {
        this.state = state;
        this.settings = settings;
        this.screen = screen;
        this.sections = sections;
    }

    @Command(command = "status", description = "Show what is loaded and whether results are stale. Lists each file with "
            + "the start of its SHA-256 and its sheets, the rules and their files; results are stale when an input file changed on disk since it was loaded. Example: status")
    String status() {
        Session s = state.current();
        if (s.ledger() == null && s.rules().rules().isEmpty()) {
            return "Nothing loaded yet; start with: import samples/frontier-ai.xlsx (or type tutorial)";
        }
        StringBuilder out = new StringBuilder();
        if (s.ledger() != null) {
            line(out, "Company", s.ledger().company());
            boolean first = true;
            for (SourceFile f : s.ledger().files()) {
                line(out, first ? "Files" : "", f.path() + "  sha256 " + f.sha256().substring(0, Math.min(HASH_PREFIX, f.sha256().length())));
                if (!f.sheets().isEmpty()) {
                    line(out, "", "  sheets: " + String.join(", ", f.sheets()));
                }
                first = false;
            }
        } else {
            line(out, "Company", "none imported yet; try: import samples/frontier-ai.xlsx");
        }
        RuleSet rules = s.rules();
        if (rules.rules().isEmpty()) {
            line(out, "Rules", "none loaded; try: rules load rules/");
        } else {
            line(out, "Rules", rules.rules().size() + ": " + rules.rules().stream().map(Rule::id).collect(Collectors.joining(", ")));
            line(out, "", "  from " + rules.files().stream().map(RuleSet.RuleFile::path).collect(Collectors.joining(", ")));
        }
        sections.orderedStream().forEach(section -> section.lines(s).forEach(l -> line(out, l.label(), l.text())));
        List<InputChanges.Change> changes = InputChanges.check(s);
        if (changes.isEmpty()) {
            line(out, "Results", screen.good("up to date") + ": every input file is as it was when loaded");
        } else {
            line(out, "Results", screen.warning("stale") + ": reports still show the files as loaded");
            changes.forEach(c -> line(out, "", "  " + c));
        }
        line(out, "Undo", state.lastChange().map(c -> state.undoSteps() + " step" + (state.undoSteps() == 1 ? "" : "s")
                + " back; undo now reverts: " + c).orElse("nothing to undo"));
        line(out, "Debug", settings.debug() ? "on (errors show stack traces)" : "off");
        return out.toString().stripTrailing();
    }

    @Command(command = "undo", description = "Go back to the session as it was before the last import, rule load or reset. "
            + "Example: undo")
    Confirmation undo() {
        String undone = state.undo();
        return new Confirmation("Undid: " + undone + "; loaded now: " + describe(state.current()));
    }

    @Command(command = "reset", description = "Forget the imported company and the loaded rules (undo brings them back). "
            + "Example: reset")
    Confirmation reset() {
        Session before = state.current();
        if (before.ledger() == null && before.rules().rules().isEmpty()) {
            return new Confirmation("Nothing to reset: nothing is loaded");
        }
        state.update("reset", s -> Session.empty());
        return new Confirmation("Reset: forgot " + describe(before) + " (undo brings it back)");
    }

    @Command(command = "debug", description = "Turn debug mode on or off. With it on, errors also show their stack trace "
            + "(the same as starting haircut with --debug). Example: debug on")
    Confirmation debug(@Option(longNames = "mode", label = "on|off", description = "on | off (default: show the mode)")
            @OptionValues(provider = "onOff") String mode) {
        if (mode != null) {
            switch (mode.trim().toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes" -> settings.debug(true);
                case "off", "false", "no" -> settings.debug(false);
                default -> throw new HaircutException("debug " + mode + ": expected debug on or debug off");
            }
        }
        return new Confirmation("Debug is " + (settings.debug() ? "on: errors show their stack trace" : "off: errors are one line"));
    }

    static String describe(Session s) {
        if (s.ledger() == null && s.rules().rules().isEmpty()) {
            return "nothing";
        }
        String what = HaircutPrompt.loaded(s, "", "").strip();
        return s.ledger() == null ? "no company, " + what : what;
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(label).append(" ".repeat(Math.max(1, LABEL - label.length()))).append(text).append('\n');
    }
}
