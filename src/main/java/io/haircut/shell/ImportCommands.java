package io.haircut.shell;

import io.haircut.ledger.Ledger;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Path;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Importing a company's financials into the session. */
@Command(group = "Import")
class ImportCommands {

    private final SessionState state;

    ImportCommands(SessionState state) {
        this.state = state;
    }

    @Command(command = "import", description = "Import a workbook (.xlsx) or a folder of CSV files. Example: import samples/frontier-ai.xlsx")
    String importFile(@Option(longNames = "file", required = true, description = "workbook, CSV file or folder of CSV files") String file) {
        ImportedLedger imported = LedgerImporter.importPath(Path.of(file));
        state.update(s -> s.withLedger(imported.ledger()));
        return Rendering.importSummary(Path.of(file).getFileName().toString(), imported);
    }
}
