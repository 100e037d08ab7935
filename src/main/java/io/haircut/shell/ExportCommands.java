package io.haircut.shell;

import io.haircut.HaircutException;
import io.haircut.export.AdjustedWorkbookExporter;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Writing the adjusted workbook. */
@Command(group = "Export")
class ExportCommands {

    private final SessionState state;
    private final OverwriteConfirmation overwrite;
    private final ProgressDisplay progress;

    ExportCommands(SessionState state, OverwriteConfirmation overwrite, ProgressDisplay progress) {
        this.state = state;
        this.overwrite = overwrite;
        this.progress = progress;
    }

    @Command(command = "export", description = "Write the adjusted workbook: the Revenue sheet, every adjustment, the bridge. "
            + "Example: export out/frontier-ai-adjusted.xlsx")
    Confirmation export(
            @Option(longNames = "file", required = true, label = "FILE.xlsx", description = "the .xlsx file to write")
            @OptionValues(provider = "workbookFiles") String file,
            @Option(longNames = "force", description = "replace an existing file without asking") boolean force) {
        Path target = Path.of(file);
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new HaircutException(file + ": export writes .xlsx workbooks; for CSV or JSON use: bridge --format csv --out FILE");
        }
        var session = state.current();
        var adjusted = session.adjusted();
        boolean replace = overwrite.mayReplace(target, force);
        try (ProgressDisplay.Bar bar = progress.start("Writing " + target.getFileName())) {
            AdjustedWorkbookExporter.export(adjusted, target, session.inputPaths(), replace, bar);
        }
        return new Confirmation("Wrote " + target + " (" + Rendering.count(adjusted.adjustments().size(), "adjustment") + ")");
    }
}
