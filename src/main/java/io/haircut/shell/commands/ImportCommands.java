package io.haircut.shell.commands;

import io.haircut.session.ImportSource;
import io.haircut.session.SavedSession;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.CopiesAhead;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.ProgressDisplay;
import io.haircut.shell.terminal.Rendering;
import io.haircut.shell.terminal.Screen;
import io.haircut.workbook.ImportOptions;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Importing a company's financials into the session. */
@Command(group = "Import")
public class ImportCommands {

    private final SessionState state;
    private final ProgressDisplay progress;
    private final Screen screen;
    private final CopiesAhead copiesAhead;

    ImportCommands(SessionState state, ProgressDisplay progress, Screen screen, CopiesAhead copiesAhead) {
        this.state = state;
        this.progress = progress;
        this.screen = screen;
        this.copiesAhead = copiesAhead;
    }

    @Command(command = "import", description = "Import workbooks (.xlsx, .xlsm, .xls), CSV/TSV files or folders as one company. "
            + "Example: import samples/frontier-ai.xlsx")
    Confirmation importFile(
            @Option(longNames = "file", required = true, arity = OptionArity.ONE_OR_MORE, label = "FILE|FOLDER",
                    description = "workbooks, CSV files or folders; several make one company")
            @OptionValues(provider = "importFiles") List<String> files,
            @Option(longNames = "mapping", label = "MAP.yaml",
                    description = "a mapping file (YAML) saying what the files' headers, values and lines mean") String mapping,
            @Option(longNames = "rates", label = "RATES.yaml",
                    description = "a YAML file with a rates: section, to convert every amount into one currency") String rates,
            @Option(longNames = "skip-hidden", description = "leave hidden sheets, rows and columns out (they are imported by default)") boolean skipHidden,
            @Option(longNames = "password", label = "PASSWORD", description = "the password of a password-protected workbook (never stored)") String password,
            @Option(longNames = "sheets", label = "SHEETS", description = "read only these sheets, named with commas: \"Income Statement,Revenue\"")
            @OptionValues(provider = "sheets") String sheets,
            @Option(longNames = "verbose", description = "list every note and warning in full (by default, notes of one kind show the first five and a count)") boolean verbose,
            @Option(longNames = "include", label = "forecast",
                    description = "also import forecast columns (2025E, Forecast, Plan, Outlook), marked as forecast in every report") String include) {
        boolean forecast = include != null;
        if (forecast && !include.trim().equalsIgnoreCase("forecast")) {
            throw new io.haircut.HaircutException("--include '" + include + "' is not known; expected --include forecast");
        }
        List<Path> paths = files.stream().map(Path::of).toList();
        String name = paths.size() == 1 ? paths.get(0).getFileName().toString()
                : String.join(" + ", paths.stream().map(p -> p.getFileName().toString()).toList());
        ImportedLedger imported;
        try (ProgressDisplay.Bar bar = progress.start("Importing " + name)) {
            imported = LedgerImporter.importPaths(paths, new ImportOptions(path(mapping), path(rates), skipHidden, password,
                    OptionText.sheetNames(sheets), forecast, OptionText.SHEETS), bar);
        }
        // What save records to import again: the path, and that a password was needed (never the password).
        Map<String, String> how = new LinkedHashMap<>();
        if (password != null) {
            how.put(SavedSession.PASSWORD_PROTECTED, "true");
        }
        ImportSource source = new ImportSource(String.join(" ", files), how);
        boolean savable = paths.size() == 1 && mapping == null && rates == null && !skipHidden && sheets == null && !forecast;
        state.sawSheets(imported.ledger().files().stream().flatMap(f -> f.sheets().stream()).distinct().toList());
        state.update("import " + String.join(" ", files),
                s -> savable ? s.withImport(source, imported.ledger()) : s.withLedger(imported.ledger()));
        copiesAhead.imported(imported.ledger()); // the workbook's copies of these files, written while the analyst goes on
        return new Confirmation(Rendering.importSummary(name, imported, verbose, screen.width()));
    }

    /** Import without forecasts: the command as it was before --include. */
    Confirmation importFile(List<String> files, String mapping, String rates, boolean skipHidden, String password) {
        return importFile(files, mapping, rates, skipHidden, password, null, false, null);
    }

    private static Path path(String file) {
        return file == null ? null : Path.of(file);
    }
}
