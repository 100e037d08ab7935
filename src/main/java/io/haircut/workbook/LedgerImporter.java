package io.haircut.workbook;

import io.haircut.Cancelled;
import io.haircut.Causes;
import io.haircut.Progress;
import io.haircut.RowCounter;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import io.haircut.workbook.detect.Detector;
import io.haircut.workbook.files.CsvReader;
import io.haircut.workbook.files.FileKind;
import io.haircut.workbook.files.ProtectedWorkbook;
import io.haircut.workbook.files.WorkbookLimits;
import io.haircut.workbook.files.XlsReader;
import io.haircut.workbook.files.XlsxReader;
import io.haircut.workbook.files.ZipScan;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.MappingFiles;
import io.haircut.workbook.read.LedgerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports a company's financials from the files of a data room: workbooks (.xlsx, .xlsm, .xls), CSV and
 * TSV files, or folders of them, in the canonical layout or not (tables are found by their headers and
 * contents, see {@link Detector}). Several files make one company; figures given twice are compared,
 * not merged ({@link LedgerBuilder}). Files are only read, never written.
 *
 * <p>Steps: load the mapping and rates (if given); list the files (a folder gives its spreadsheet files,
 * sorted); stream each through its reader into {@link SheetReader}, which finds the tables and reads
 * them into one {@link LedgerBuilder}; build the ledger, checking figures that arrived twice.
 */
public final class LedgerImporter {

    static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "csv", "tsv");

    private LedgerImporter() {
    }

    /** One workbook, CSV file or folder, with no mapping: the canonical import. */
    public static ImportedLedger importPath(Path path) {
        return importPaths(List.of(path), ImportOptions.DEFAULTS, Progress.NONE);
    }

    /** As {@link #importPaths(List, ImportOptions, Progress)} for one path. */
    public static ImportedLedger importPath(Path path, Progress progress) {
        return importPaths(List.of(path), ImportOptions.DEFAULTS, progress);
    }

    public static ImportedLedger importPaths(List<Path> paths, ImportOptions options) {
        return importPaths(paths, options, Progress.NONE);
    }

    /**
     * Imports the files into one company, telling {@code progress} the rows read so far. Stops with
     * {@link Cancelled} when the thread is interrupted (Ctrl-C in the shell); nothing is kept.
     */
    public static ImportedLedger importPaths(List<Path> paths, ImportOptions options, Progress progress) {
        java.util.concurrent.atomic.AtomicLong rowsRead = new java.util.concurrent.atomic.AtomicLong();
        Progress counting = new Progress() {
            @Override
            public void rows(long rows) {
                rowsRead.set(rows);
                progress.rows(rows);
            }

            @Override
            public void expect(long totalRows) {
                progress.expect(totalRows);
            }
        };
        try {
            return read(paths, options, counting);
        } catch (OutOfMemoryError | io.haircut.HeapRoom.Exhausted e) {
            // The half-built ledger is garbage once this frame is left, so the shell and its session go on.
            throw WorkbookLimits.outOfMemory(paths.get(0), rowsRead.get());
        }
    }

    /** As {@link #importPath(Path)}, opening a password-protected workbook with {@code password}. */
    public static ImportedLedger importPath(Path path, String password) {
        return importPaths(List.of(path), new ImportOptions(null, null, false, password), Progress.NONE);
    }

    private static ImportedLedger read(List<Path> paths, ImportOptions options, Progress progress) {
        ImportMapping mapping = mapping(options);
        boolean skipHidden = options.skipHidden() || Boolean.TRUE.equals(mapping.skipHidden());
        LedgerBuilder builder = new LedgerBuilder();
        builder.includeForecast(options.includeForecast());
        List<SourceFile> files = new ArrayList<>();
        RowCounter counter = new RowCounter(progress);
        SheetSelection selection = SheetSelection.of(options, mapping);
        Run run = read(paths, mapping, builder, skipHidden, true, files, counter, options.password(), selection);
        counter.done();
        if (selection.problem() != null) {
            throw new ImportException(selection.problem());
        }
        Cancelled.checkInterrupted(); // Ctrl-C after the last row still cancels: nothing is kept
        if (!builder.hasRevenue()) {
            throw new ImportException(run.noRevenueMessage());
        }
        addSettingsFiles(options, files);
        Ledger ledger = builder.build(company(paths, mapping), files, mapping.rates());
        return new ImportedLedger(ledger, builder.tables(), builder.notes(), builder.warnings());
    }

    /** What haircut makes of the files, without stopping at the first problem: the layout, the problems, a draft mapping. */
    public static Inspection inspect(List<Path> paths, ImportOptions options) {
        ImportMapping mapping = mapping(options);
        boolean skipHidden = options.skipHidden() || Boolean.TRUE.equals(mapping.skipHidden());
        LedgerBuilder builder = new LedgerBuilder();
        builder.includeForecast(options.includeForecast());
        List<SourceFile> files = new ArrayList<>();
        SheetSelection selection = SheetSelection.of(options, mapping);
        Run run = read(paths, mapping, builder, skipHidden, false, files, new RowCounter(Progress.NONE), options.password(), selection);
        // The first problem an import would stop at, in the order it reads: a sheet's (some have no table to carry it), then the selection's.
        String error = run.sheetReaders().values().stream().flatMap(r -> r.problems().stream()).findFirst().orElse(selection.problem());
        if (error == null && !builder.hasRevenue()) {
            error = run.noRevenueMessage();
        }
        if (error == null) {
            try {
                builder.build(company(paths, mapping), files, mapping.rates());
            } catch (ImportException e) {
                error = e.getMessage();
            }
        }
        String draft = MappingDraft.yaml(paths, company(paths, mapping), mapping, run.sheetReaders());
        return new Inspection(run.reports(), builder.warnings(), builder.notes(), error, draft);
    }

    /** The files read, their reports and readers, and how to say that none held revenue. */
    private record Run(List<Inspection.FileReport> reports, Map<Path, SheetReader> sheetReaders, String source, boolean plural) {

        String noRevenueMessage() {
            String nearMiss = reports.stream().flatMap(f -> f.sheets().stream()).map(Inspection.SheetReport::skipped)
                    .filter(s -> s != null && s.contains("; row ")).map(s -> s.substring(s.indexOf("; row ") + 2)).findFirst()
                    .map(s -> "; closest: " + s).orElse("");
            return source + ": no Revenue " + (plural ? "file" : "sheet")
                    + "; haircut needs a Revenue table with columns " + String.join(", ", CanonicalTable.REVENUE.required())
                    + " (see samples/README.md)" + nearMiss;
        }
    }

    private static Run read(List<Path> paths, ImportMapping mapping, LedgerBuilder builder, boolean skipHidden, boolean strict,
            List<SourceFile> files, RowCounter counter, String password, SheetSelection selection) {
        if (paths.isEmpty()) {
            throw new ImportException("no file given; expected a workbook, a CSV file or a folder");
        }
        List<Inspection.FileReport> reports = new ArrayList<>();
        Map<Path, SheetReader> sheetReaders = new LinkedHashMap<>();
        Map<String, Path> bySha = new LinkedHashMap<>();
        String source = null;
        boolean plural = false;
        for (Path path : paths) {
            String display = path.toString();
            if (!Files.exists(path)) {
                throw new ImportException(display + ": no such file or folder");
            }
            List<Path> inputs;
            String prefix;
            if (Files.isDirectory(path)) {
                FileKind.check(path, display, password); // a Numbers package is a folder too
                inputs = spreadsheetFiles(path);
                if (inputs.isEmpty()) {
                    throw new ImportException(display + ": no .csv files in this folder; expected Revenue.csv and optionally "
                            + "Costs.csv, Customers.csv, Funding.csv, Commitments.csv, Parties.csv, Cash.csv (or .xlsx, .xls, .tsv files)");
                }
                // Sources name the file as the analyst's folder holds it ("dataroom/Revenue.csv"), never the
                // local path it was imported from: an exported workbook travels to people without that disk.
                prefix = folderName(path) + "/";
                String given = display.endsWith("/") ? display : display + "/";
                source = source == null ? given : source + ", " + given;
                plural = true;
            } else {
                inputs = List.of(path);
                prefix = "";
                String name = path.getFileName().toString();
                source = source == null ? name : source + ", " + name;
                plural = plural || paths.size() > 1;
            }
            for (Path file : inputs) {
                String name = file.getFileName().toString();
                String shown = prefix.isEmpty() ? name : prefix + name;
                String sha = sha256(file);
                Path same = bySha.putIfAbsent(sha, file);
                if (same != null) {
                    throw new ImportException(shown + ": the same file as " + same + " (identical bytes); give each file once");
                }
                SheetReader sheets = new SheetReader(mapping, builder, skipHidden, strict, selection);
                // Refuse what is not what its name says, or exceeds haircut's limits, before any reader opens it.
                ZipScan.Findings checked = FileKind.check(file, shown, password);
                readFile(file, shown, counting(sheets, counter), password, checked);
                sheets.finish();
                sheetReaders.put(file, sheets);
                files.add(new SourceFile(file.toString(), sha, sheets.sheetNames()));
                reports.add(new Inspection.FileReport(shown, format(file, sheets), sheets.reports()));
            }
        }
        if (selection.note() != null) {
            builder.note(selection.note());
        }
        return new Run(reports, sheetReaders, source, plural);
    }

    /** Passes rows on to {@code sink}, counting them (and noticing Ctrl-C) on the way. */
    private static TableSink counting(TableSink sink, RowCounter counter) {
        return new TableSink() {
            @Override
            public void startTable(SheetInfo sheet) {
                sink.startTable(sheet);
            }

            @Override
            public void row(TableRow row) {
                counter.row();
                sink.row(row);
            }

            @Override
            public void merged(List<CellRange> regions) {
                sink.merged(regions);
            }

            @Override
            public void endTable() {
                sink.endTable();
            }
        };
    }

    private static String format(Path file, SheetReader sheets) {
        return sheets.format() != null ? sheets.format() : extension(file.getFileName().toString());
    }

    private static void readFile(Path file, String shown, TableSink sheets, String password, ZipScan.Findings checked) {
        String name = file.getFileName().toString();
        switch (extension(name)) {
            case "xlsx", "xlsm" -> ProtectedWorkbook.read(file, shown, password, checked,
                    (plain, found) -> XlsxReader.read(plain, shown, sheets, found));
            case "xls" -> XlsReader.read(file, shown, sheets);
            case "csv", "tsv" -> CsvReader.read(file, shown, stem(name), sheets);
            default -> throw new ImportException(shown + ": cannot import ." + extension(name)
                    + " files; expected an .xlsx, .xlsm or .xls workbook, a .csv or .tsv file, or a folder of them");
        }
    }

    private static ImportMapping mapping(ImportOptions options) {
        ImportMapping mapping = options.mapping() == null ? ImportMapping.NONE : MappingFiles.load(options.mapping());
        if (options.rates() != null) {
            ImportMapping rates = MappingFiles.load(options.rates());
            if (rates.rates().isEmpty()) {
                throw new ImportException(options.rates() + ": no rates: section; expected rates: { to: USD, EUR: 1.0850 }");
            }
            mapping = mapping.withRates(rates.rates());
        }
        return mapping;
    }

    /** The mapping and rate files are inputs too: exports must never overwrite them. */
    private static void addSettingsFiles(ImportOptions options, List<SourceFile> files) {
        for (Path p : new Path[] {options.mapping(), options.rates()}) {
            if (p != null) {
                files.add(new SourceFile(p.toString(), sha256(p), List.of()));
            }
        }
    }

    private static String company(List<Path> paths, ImportMapping mapping) {
        if (mapping.company() != null) {
            return mapping.company();
        }
        return stem(paths.get(0).getFileName().toString());
    }

    /** The folder's own name; "." or "/x/.." resolve to the folder they stand for. */
    private static String folderName(Path folder) {
        Path named = folder.toAbsolutePath().normalize().getFileName();
        return named == null ? "folder" : named.toString();
    }

    private static List<Path> spreadsheetFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> EXTENSIONS.contains(extension(p.getFileName().toString())) && Files.isRegularFile(p)
                            && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportException(folder + ": cannot list the folder: " + Causes.of(e), e);
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            if (Cancelled.wasInterruption(e)) {
                throw new Cancelled();
            }
            throw new ImportException(file + ": cannot read the file: " + Causes.of(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
