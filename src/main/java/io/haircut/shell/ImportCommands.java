package io.haircut.shell;

import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Path;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Importing a company's financials into the session. */
@Command(group = "Import")
class ImportCommands {

    private final SessionState state;
    private final ProgressDisplay progress;

    ImportCommands(SessionState state, ProgressDisplay progress) {
        this.state = state;
        this.progress = progress;
    }

    @Command(command = "import", description = "Import a workbook (.xlsx) or a folder of CSV files. Example: import samples/frontier-ai.xlsx")
    Confirmation importFile(@Option(longNames = "file", required = true, label = "FILE|FOLDER",
            description = "workbook, CSV file or folder of CSV files") @OptionValues(provider = "importFiles") String file) {
        Path path = Path.of(file);
        ImportedLedger imported;
        try (ProgressDisplay.Bar bar = progress.start("Importing " + path.getFileName())) {
            imported = LedgerImporter.importPath(path, bar);
        }
        state.update("import " + file, s -> s.withLedger(imported.ledger()));
        return new Confirmation(Rendering.importSummary(path.getFileName().toString(), imported));
    }
}
