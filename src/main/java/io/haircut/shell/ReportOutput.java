package io.haircut.shell;

import io.haircut.export.AtomicFileWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Shows a report on screen, or writes it to {@code --out} safely (atomic, never over an input, asks first). */
@Component
class ReportOutput {

    private final SessionState state;
    private final OverwriteConfirmation overwrite;

    ReportOutput(SessionState state, OverwriteConfirmation overwrite) {
        this.state = state;
        this.overwrite = overwrite;
    }

    /** The report's text for the screen, or, with {@code out}, a confirmation that the file was written. */
    Object emit(String text, String out, boolean force) {
        if (out == null) {
            return text.stripTrailing();
        }
        return new Confirmation("Wrote " + write(text, out, force));
    }

    /** Writes {@code text} to {@code out}: atomic, never over an input, an existing file only when allowed. */
    Path write(String text, String out, boolean force) {
        Path target = Path.of(out);
        boolean replace = overwrite.mayReplace(target, force);
        AtomicFileWriter.write(target, state.current().inputPaths(), replace,
                stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        return target;
    }
}
