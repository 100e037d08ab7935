package io.haircut.shell;

import io.haircut.session.ImportSource;
import io.haircut.session.SavedSession;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Path;
import java.util.Map;
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
    String importFile(
            @Option(longNames = "file", required = true, description = "workbook, CSV file or folder of CSV files") String file,
            @Option(longNames = "password", description = "the password of a password-protected workbook") String password) {
        ImportedLedger imported = LedgerImporter.importPath(Path.of(file), password);
        // The session file records that a password was needed, never the password.
        ImportSource source = new ImportSource(file, password == null ? Map.of() : Map.of(SavedSession.PASSWORD_PROTECTED, "true"));
        state.update(s -> s.withImport(source, imported.ledger()));
        return Rendering.importSummary(Path.of(file).getFileName().toString(), imported);
    }
}
