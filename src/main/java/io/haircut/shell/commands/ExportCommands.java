package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.export.AnalysisWorkbook;
import io.haircut.export.ExportedReport;
import io.haircut.export.FolderExport;
import io.haircut.export.Reports;
import io.haircut.output.AtomicFileWriter;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.session.Session;
import io.haircut.shell.state.CopiesAhead;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.OverwriteConfirmation;
import io.haircut.shell.terminal.ProgressDisplay;
import io.haircut.shell.terminal.Rendering;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Writing the adjusted workbook, one report as CSV or JSON, or everything at once under fixed names. */
@Command(group = "Export")
public class ExportCommands {

    private final SessionState state;
    private final OverwriteConfirmation overwrite;
    private final ProgressDisplay progress;
    private final ReportOutput output;

    private final CopiesAhead copiesAhead;

    ExportCommands(SessionState state, OverwriteConfirmation overwrite, ProgressDisplay progress, ReportOutput output,
            CopiesAhead copiesAhead) {
        this.copiesAhead = copiesAhead;
        this.state = state;
        this.overwrite = overwrite;
        this.progress = progress;
        this.output = output;
    }

    @Command(command = "export", description = "Write the adjusted workbook (.xlsx), one report (.csv or .json), or with "
            + "--all DIR every report in both formats and the workbook under fixed names. "
            + "Example: export out/frontier-ai-adjusted.xlsx | export out/adjustments.csv --report adjustments | export --all out/")
    Confirmation export(
            @Option(longNames = "file", label = "FILE", description = "the .xlsx, .csv or .json file to write")
            @OptionValues(provider = "exportFiles") String file,
            @Option(longNames = "report", description = "for .csv/.json: bridge (default) | bridge-by-month | adjustments | metrics | coverage") String report,
            @Option(longNames = "all", label = "DIR", description = "a folder: write every report as .csv and .json and the workbook") String all,
            @Option(longNames = "force", description = "replace existing files without asking") boolean force) {
        if (all != null) {
            if (file != null || report != null) {
                throw new HaircutException("export --all DIR writes every report; give no FILE or --report with it");
            }
            return new Confirmation(exportAll(Path.of(all), force));
        }
        if (file == null) {
            throw new HaircutException("export needs a file (out/x.xlsx, out/x.csv, out/x.json) or --all DIR");
        }
        Path target = Path.of(file);
        String extension = extension(target);
        Session session = state.current();
        AdjustedLedger adjusted = session.adjusted();
        if (extension.equals("xlsx")) {
            if (report != null) {
                throw new HaircutException("the workbook holds every report; --report is for .csv and .json files");
            }
            AnalysisWorkbook.Contents contents = AnalysisWorkbook.of(adjusted, session.scenarios());
            boolean replace = overwrite.mayReplace(target, force);
            try (ProgressDisplay.Bar bar = progress.start("Writing " + target.getFileName())) {
                AdjustedWorkbookExporter.export(contents.workbook(), target, session.inputPaths(), replace, bar,
                        copiesAhead.of(adjusted.ledger()));
            }
            return new Confirmation("Wrote " + target + " (" + Rendering.count(adjusted.adjustments().size(), "adjustment") + ")"
                    + notes(contents));
        }
        if (!extension.equals("csv") && !extension.equals("json")) {
            throw new HaircutException(file + ": export writes .xlsx, .csv or .json files; give one of those extensions");
        }
        ExportedReport r = AnalysisWorkbook.reports(session.scenarios()).require(report == null ? Reports.DEFAULT : report);
        return new Confirmation("Wrote " + output.write(r.render(extension, adjusted), file, force) + " (" + r.name() + ")");
    }

    /**
     * Every report as NAME.csv and NAME.json, then COMPANY-adjusted.xlsx, in {@code folder}, all or nothing
     * ({@link FolderExport}). Every target is confirmed before the first is written.
     */
    private String exportAll(Path folder, boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new HaircutException(folder + " is a file; export --all writes into a folder");
        }
        Session session = state.current();
        AdjustedLedger adjusted = session.adjusted();
        Map<Path, ExportedReport> texts = new LinkedHashMap<>();
        Map<Path, String> formats = new LinkedHashMap<>();
        for (ExportedReport r : AnalysisWorkbook.reports(session.scenarios()).all()) {
            for (String format : List.of("csv", "json")) {
                Path target = folder.resolve(r.name() + "." + format);
                texts.put(target, r);
                formats.put(target, format);
            }
        }
        Path workbook = folder.resolve(Reports.workbookName(adjusted.ledger().company()));
        java.util.Set<String> replace = new java.util.HashSet<>();
        List<Path> targets = new ArrayList<>(texts.keySet());
        targets.add(workbook);
        for (Path target : targets) {
            boolean mayReplace = overwrite.mayReplace(target, force);
            AtomicFileWriter.check(target, session.inputPaths(), mayReplace);
            if (mayReplace) {
                replace.add(target.getFileName().toString());
            }
        }
        List<FolderExport.Part> parts = new ArrayList<>();
        for (Map.Entry<Path, ExportedReport> e : texts.entrySet()) {
            String format = formats.get(e.getKey());
            parts.add(new FolderExport.Part(e.getKey().getFileName().toString(), at -> AtomicFileWriter.write(at,
                    session.inputPaths(), false, out -> out.write(e.getValue().render(format, adjusted).getBytes(StandardCharsets.UTF_8)))));
        }
        AnalysisWorkbook.Contents contents = AnalysisWorkbook.of(adjusted, session.scenarios());
        parts.add(new FolderExport.Part(workbook.getFileName().toString(), at -> {
            try (ProgressDisplay.Bar bar = progress.start("Writing " + workbook.getFileName())) {
                AdjustedWorkbookExporter.export(contents.workbook(), at, session.inputPaths(), false, bar,
                        copiesAhead.of(adjusted.ledger()));
            }
        }));
        FolderExport.write(folder, parts, session.inputPaths(), replace);
        List<String> names = targets.stream().map(p -> p.getFileName().toString()).toList();
        return "Wrote " + targets.size() + " files to " + folder + ": " + String.join(", ", names) + notes(contents);
    }

    private static String notes(AnalysisWorkbook.Contents contents) {
        return contents.leftOut().stream().map(n -> "\n  note: " + n).collect(java.util.stream.Collectors.joining());
    }

    private static String extension(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
