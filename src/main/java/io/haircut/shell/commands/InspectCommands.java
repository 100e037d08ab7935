package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.output.AtomicFileWriter;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.OverwriteConfirmation;
import io.haircut.shell.terminal.Rendering;
import io.haircut.workbook.ImportOptions;
import io.haircut.workbook.Inspection;
import io.haircut.workbook.LedgerImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Showing what haircut makes of a data room's files before importing them, and drafting a mapping file. */
@Command(group = "Import")
public class InspectCommands {

    private final OverwriteConfirmation overwrite;
    private final SessionState state;

    public InspectCommands(OverwriteConfirmation overwrite, SessionState state) {
        this.overwrite = overwrite;
        this.state = state;
    }

    @Command(command = "inspect", description = "Show, per sheet, what haircut takes each table to be, the header row and range, each column's "
            + "meaning and type, and what it ignores and why; nothing is imported. Example: inspect samples/frontier-ai-messy/billing-export.csv")
    public String inspect(
            @Option(longNames = "file", required = true, arity = OptionArity.ONE_OR_MORE, description = "workbooks, CSV files or folders") List<String> files,
            @Option(longNames = "mapping", description = "a mapping file to apply, as import --mapping would") String mapping,
            @Option(longNames = "rates", description = "a rates file, as import --rates would") String rates,
            @Option(longNames = "skip-hidden", description = "leave hidden sheets, rows and columns out") boolean skipHidden,
            @Option(longNames = "sheets", description = "read only these sheets, named with commas, as import --sheets would")
            @OptionValues(provider = "sheets") String sheets,
            @Option(longNames = "write-mapping", description = "also write a draft mapping file stating every decision, to edit") String writeMapping,
            @Option(longNames = "force", description = "replace the --write-mapping file without asking") boolean force) {
        List<Path> paths = files.stream().map(Path::of).toList();
        Inspection inspection = LedgerImporter.inspect(paths, new ImportOptions(mapping == null ? null : Path.of(mapping), rates == null ? null : Path.of(rates),
                skipHidden, null, OptionText.sheetNames(sheets), OptionText.SHEETS));
        state.sawSheets(inspection.files().stream().flatMap(f -> f.sheets().stream().map(s -> sheetName(f, s))).distinct().toList());
        String text = Rendering.inspection(inspection);
        if (writeMapping == null) {
            return text;
        }
        Path target = Path.of(writeMapping);
        if (!target.getFileName().toString().matches("(?i).*\\.ya?ml")) {
            throw new HaircutException(writeMapping + ": a mapping file is YAML; name it .yaml");
        }
        Set<Path> inputs = new LinkedHashSet<>(paths);
        if (mapping != null) {
            inputs.add(Path.of(mapping));
        }
        if (rates != null) {
            inputs.add(Path.of(rates));
        }
        boolean replace = overwrite.mayReplace(target, force);
        AtomicFileWriter.write(target, inputs, replace, out -> out.write(inspection.mappingDraft().getBytes(StandardCharsets.UTF_8)));
        return text + "\nWrote " + target + " (a draft mapping: edit it, then import ... --mapping " + target + ")";
    }

    /** A sheet as --sheets names it: by its name, or a CSV file (reported by its path) by its file name. */
    private static String sheetName(Inspection.FileReport file, Inspection.SheetReport sheet) {
        return sheet.sheet().equals(file.file()) ? Path.of(file.file()).getFileName().toString() : sheet.sheet();
    }
}
