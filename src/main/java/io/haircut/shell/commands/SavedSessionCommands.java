package io.haircut.shell.commands;

import io.haircut.output.AtomicFileWriter;
import io.haircut.session.SavedSession;
import io.haircut.session.Session;
import io.haircut.session.SessionFile;
import io.haircut.shell.state.CopiesAhead;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.OverwriteConfirmation;
import io.haircut.shell.terminal.Rendering;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Saving the session to a small file and opening it again: the files read, with their hashes, the rules, the scenarios. */
@Command(group = "Session")
public class SavedSessionCommands {

    private final SessionState state;
    private final OverwriteConfirmation overwrite;

    private final CopiesAhead copiesAhead;

    SavedSessionCommands(SessionState state, OverwriteConfirmation overwrite, CopiesAhead copiesAhead) {
        this.copiesAhead = copiesAhead;
        this.state = state;
        this.overwrite = overwrite;
    }

    @Command(command = "save", description = "Save the session (files read, rules, scenarios) to a file. Example: save work/frontier.json")
    Confirmation save(
            @Option(longNames = "file", required = true, description = "the session file to write (JSON)") String file,
            @Option(longNames = "force", description = "replace an existing file without asking") boolean force) {
        Session session = state.current();
        SavedSession saved = SavedSession.capture(session);
        String json = SessionFile.json(saved);
        Path target = Path.of(file);
        boolean replace = overwrite.mayReplace(target, force);
        AtomicFileWriter.write(target, session.inputPaths(), replace, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        return new Confirmation("Saved " + target + ": " + Rendering.count(saved.imports().stream().mapToInt(i -> i.files().size()).sum(), "input file")
                + ", " + Rendering.count(saved.ruleFiles().size(), "rule file") + ", " + Rendering.count(saved.scenarios().size(), "scenario"));
    }

    @Command(command = "open", description = "Replace the session with a saved one, reading its files again. Example: open work/frontier.json")
    Confirmation open(
            @Option(longNames = "file", required = true, description = "a session file written by save") String file,
            @Option(longNames = "password", description = "the password of a password-protected workbook in the session") String password) {
        SavedSession.Restored restored = SessionFile.read(Path.of(file)).restore(file, password);
        state.update("open " + file, s -> restored.session());
        Session session = restored.session();
        if (session.ledger() != null) {
            copiesAhead.imported(session.ledger()); // imported again from its files: their copies, as after an import
        }
        StringBuilder out = new StringBuilder();
        restored.warnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
        out.append("Opened ").append(file).append(": ");
        out.append(session.ledger() == null ? "no company"
                : session.ledger().company() + " (" + Rendering.count(session.ledger().revenue().size(), "revenue entry", "revenue entries") + ")");
        out.append(", ").append(Rendering.count(session.rules().rules().size(), "rule"))
                .append(", ").append(Rendering.count(session.scenarios().all().size(), "scenario"));
        return new Confirmation(out.toString());
    }
}
