package io.haircut.shell.terminal;

import io.haircut.HaircutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jline.reader.LineReader;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.stereotype.Component;

/**
 * Asks before an export replaces an existing file. In a script or one-shot run there is nobody to
 * ask, so the export stops and says to add {@code --force}.
 */
@Component
public class OverwriteConfirmation {

    private final ShellContext context;
    private final LineReader reader;

    public OverwriteConfirmation(@Lazy ShellContext context, @Lazy LineReader reader) {
        this.context = context;
        this.reader = reader;
    }

    /**
     * Whether the writer may replace {@code target}: false when there is nothing to replace, true with
     * {@code force} or when the analyst says yes; otherwise the export stops with a one-line reason.
     */
    public boolean mayReplace(Path target, boolean force) {
        if (!Files.exists(target)) {
            return false;
        }
        if (force) {
            return true;
        }
        if (context.getInteractionMode() != InteractionMode.INTERACTIVE) {
            throw new HaircutException(target + " exists; add --force to replace it");
        }
        String answer = reader.readLine(target + " exists. Replace it? [y/N] ");
        if (!answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new HaircutException(target + " exists and was kept; nothing written");
        }
        return true;
    }
}
