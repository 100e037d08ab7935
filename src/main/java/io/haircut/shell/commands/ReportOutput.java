package io.haircut.shell.commands;

import io.haircut.output.AtomicFileWriter;
import io.haircut.report.Report;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.OutputFormat;
import io.haircut.shell.terminal.OverwriteConfirmation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The {@code --format}, {@code --out} and {@code --force} of every report command, in one place: shows a
 * report on screen, or writes it to {@code --out} safely (atomic, never over an input, asks first).
 */
@Component
class ReportOutput {

    private final SessionState state;
    private final OverwriteConfirmation overwrite;

    ReportOutput(SessionState state, OverwriteConfirmation overwrite) {
        this.state = state;
        this.overwrite = overwrite;
    }

    /**
     * The report in {@code format} for the screen, or, with {@code out}, a confirmation that the file was
     * written. The format is checked before the report is built, so a mistyped one is the error shown.
     */
    Object emit(String format, String out, boolean force, Supplier<Report> report) {
        OutputFormat f = OutputFormat.parse(format);
        String text = f.render(report.get());
        if (out == null) {
            return text.stripTrailing();
        }
        return new Confirmation("Wrote " + write(text, out, force));
    }

    /**
     * As {@link #emit(String, String, boolean, Supplier)}, with {@code saying} under the "Wrote" line: what
     * the file carries that the analyst should read on the screen too. Shown as a result, not a confirmation.
     */
    String emit(String format, String out, boolean force, Supplier<Report> report, Supplier<List<String>> saying) {
        OutputFormat f = OutputFormat.parse(format);
        String text = f.render(report.get());
        if (out == null) {
            return text.stripTrailing();
        }
        StringBuilder said = new StringBuilder("Wrote " + write(text, out, force));
        saying.get().forEach(line -> said.append('\n').append(line));
        return said.toString();
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
