package io.haircut.xlsx;

import io.haircut.Cancelled;
import io.haircut.Progress;
import io.haircut.RowCounter;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.RevenueEntry;
import io.haircut.output.AtomicFileWriter;
import io.haircut.output.ExportException;
import io.haircut.rules.Rule;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.PrintLayout;
import io.haircut.xlsx.sheets.AdjustedRevenueSheet;
import io.haircut.xlsx.sheets.AdjustmentsSheet;
import io.haircut.xlsx.sheets.BridgeFormulas;
import io.haircut.xlsx.sheets.CoverageRow;
import io.haircut.xlsx.sheets.CoverageSheet;
import io.haircut.xlsx.sheets.InputSheets;
import io.haircut.xlsx.sheets.InvestorsSheet;
import io.haircut.xlsx.sheets.PartiesSheet;
import io.haircut.xlsx.sheets.RevenueSheet;
import io.haircut.xlsx.sheets.RulesSheet;
import io.haircut.xlsx.sheets.SummarySheet;
import io.haircut.xlsx.sheets.UnitEconomicsSheet;
import io.haircut.xlsx.sources.SheetSplit;
import io.haircut.xlsx.sources.SourceCopies;
import io.haircut.xlsx.sources.SourceCopiesAhead;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the adjusted workbook. The small sheets (Summary, Adjusted Revenue, Unit Economics, Coverage,
 * Rules) are built as plain XSSF sheets, charts and all; the large ones (Adjustments, Revenue, Parties and
 * the copied {@code src} sheets) are laid out empty and their rows streamed into the file as it is written
 * ({@link StreamedWorkbook}), so a large ledger fits in memory and is written at the speed of compression. A table
 * longer than a sheet is written in parts ({@link SheetSplit}). Sheet order: Summary, Adjusted Revenue, [Unit
 * Economics], [Coverage], [Investors], Adjustments [(2) ...], Revenue [(2) ...], [input tables], Parties, Rules, src ...
 */
public final class AdjustedWorkbookExporter {

    /** The workbook's creator property, by which the importer knows an export of haircut's. */
    public static final String CREATOR = "haircut";

    private AdjustedWorkbookExporter() {
    }

    /** The workbook with the bridge, the audit trail, the rules and the sources only. */
    public static void export(AdjustedLedger adjusted, Path target, Set<Path> inputs, boolean force) {
        export(WorkbookContents.of(adjusted), target, inputs, force, Progress.NONE);
    }

    /** As {@link #export(WorkbookContents, Path, Set, boolean, Progress)} without progress. */
    public static void export(AdjustedLedger adjusted, Path target, Set<Path> inputs, boolean force, Progress progress) {
        export(WorkbookContents.of(adjusted), target, inputs, force, progress);
    }

    /** As {@link #export(WorkbookContents, Path, Set, boolean, Progress)} without progress. */
    public static void export(WorkbookContents contents, Path target, Set<Path> inputs, boolean force) {
        export(contents, target, inputs, force, Progress.NONE);
    }

    /**
     * Checks that the ledger fits a workbook and that every imported file is unchanged since import,
     * builds the bridges, and writes {@code target} through {@link AtomicFileWriter} (same refusals: an
     * input file, or an existing file without {@code force}). Mixed currencies are refused by
     * {@link Bridges} before anything is written. {@code progress} hears the Revenue and Adjustments rows
     * written; an interrupted thread (Ctrl-C in the shell) stops the export with {@link Cancelled}, the
     * temporary file deleted and {@code target} untouched.
     */
    public static void export(WorkbookContents contents, Path target, Set<Path> inputs, boolean force, Progress progress) {
        export(contents, target, inputs, force, progress, null);
    }

    /**
     * As {@link #export(WorkbookContents, Path, Set, boolean, Progress)}, taking the source copies' rows from
     * {@code ahead} (null: none) when it copied the same files for a workbook whose styles read the same; the
     * workbook is then the same, byte for byte within each sheet, as one that copies them itself.
     */
    public static void export(WorkbookContents contents, Path target, Set<Path> inputs, boolean force, Progress progress,
            SourceCopiesAhead ahead) {
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportException(target + ": the adjusted workbook is an Excel file; give a name ending in .xlsx");
        }
        AdjustedLedger adjusted = contents.adjusted();
        requireFits(contents).ifPresent(problem -> {
            throw new ExportException("cannot write " + target + ": " + problem);
        });
        RevenueBridge total = Bridges.total(adjusted);
        List<RevenueBridge> months = Bridges.byDatedMonth(adjusted);
        AtomicFileWriter.check(target, inputs, force);
        SourceCopies.verify(adjusted.ledger().files());
        progress.expect((long) adjusted.ledger().revenue().size() + adjusted.trail().size());
        RowCounter counter = new RowCounter(progress);
        AtomicFileWriter.write(target, inputs, force, out -> {
            write(contents, total, months, out, counter, SheetSplit.EXCEL, ahead);
            Cancelled.checkInterrupted(); // before the move: a late Ctrl-C still leaves the target as it was
        });
        counter.done();
    }

    /** The bridge-only workbook to a stream, for tests. */
    public static void write(AdjustedLedger adjusted, RevenueBridge total, List<RevenueBridge> months, OutputStream out)
            throws IOException {
        write(WorkbookContents.of(adjusted), total, months, out, new RowCounter(Progress.NONE));
    }

    /**
     * The workbook to a stream, for bridges built from {@code contents.adjusted()}. Every formula's cached
     * value is the figure haircut computed (the test suite recalculates them all and compares), and the
     * workbook asks the spreadsheet to recalculate on open anyway. Nothing is written to a temporary file.
     */
    public static void write(WorkbookContents contents, RevenueBridge total, List<RevenueBridge> months, OutputStream out,
            RowCounter counter) throws IOException {
        write(contents, total, months, out, counter, SheetSplit.EXCEL);
    }

    /** As above, with tables longer than {@code split} allows a sheet written in parts (tests give a small one). */
    public static void write(WorkbookContents contents, RevenueBridge total, List<RevenueBridge> months, OutputStream out,
            RowCounter counter, SheetSplit split) throws IOException {
        write(contents, total, months, out, counter, split, null);
    }

    /** As above, the source copies' rows taken from {@code ahead} when it copied the same (null: none). */
    public static void write(WorkbookContents contents, RevenueBridge total, List<RevenueBridge> months, OutputStream out,
            RowCounter counter, SheetSplit split, SourceCopiesAhead ahead) throws IOException {
        AdjustedLedger adjusted = contents.adjusted();
        Ledger ledger = adjusted.ledger();
        List<SourceCopies.Copy> copies = SourceCopies.plan(ledger.files(), split);

        try (XSSFWorkbook book = new XSSFWorkbook(); StreamedWorkbook streamed = new StreamedWorkbook(book)) {
            // Marks the file as haircut's own: importing it again reads its canonical Revenue and Parties
            // sheets and skips the report and source-copy sheets (io.haircut.workbook.SheetReader).
            book.getProperties().getCoreProperties().setCreator(CREATOR);
            Cells cells = new Cells(book, total.currency());
            // The copies of the source sheets take longest to write (each row parsed again, then written): their
            // rows start now, on the other threads, while everything else is worked out and laid out. Their
            // sheets are moved behind the others once those exist.
            // Rows written ahead, after the import, are taken as they are when the copies and their styles read the same.
            List<SourceCopies.Body> bodies = SourceCopies.layOut(ledger.files(), copies, book, streamed, cells.header);
            if (ahead != null && ahead.matches(copies, total.currency(), SourceCopies.styles(book))) {
                bodies.forEach(b -> streamed.prewritten(b.sheet(), ahead.rows(b.sheet().getSheetName())));
            } else {
                bodies.forEach(b -> streamed.stream(b.sheet(), b.lane(), b.rows()));
            }
            streamed.start();

            RevenueSheet.Layout revenueLayout = RevenueSheet.layout(ledger.revenue(), split);
            BridgeFormulas.Ranges ranges = BridgeFormulas.Ranges.of(revenueLayout,
                    AdjustmentsSheet.lastRows(adjusted.trail().size(), split));
            List<String> adjustmentSheets = SheetSplit.names(AdjustmentsSheet.NAME, ranges.adjustments().size());
            RulesSheet.Layout rulesLayout = RulesSheet.layout(adjusted.rules().files());
            PrintLayout.Page page = PrintLayout.Page.of(ledger, java.time.Instant.now());
            // Every sheet exists before any formula is written: a formula's sheet references must resolve.
            XSSFSheet summary = book.createSheet(SummarySheet.NAME);
            XSSFSheet byMonth = book.createSheet(AdjustedRevenueSheet.NAME);
            XSSFSheet unitEconomics = contents.unitEconomics().isEmpty() ? null : book.createSheet(UnitEconomicsSheet.NAME);
            XSSFSheet coverage = contents.coverage() == null ? null : book.createSheet(CoverageSheet.NAME);
            InvestorsSheet.report(adjusted).ifPresent(r -> InvestorsSheet.write(book.createSheet(InvestorsSheet.NAME), r, cells));
            adjustmentSheets.forEach(book::createSheet);
            revenueLayout.sheetNames().forEach(book::createSheet);
            List<String> inputSheets = InputSheets.names(ledger);
            inputSheets.forEach(book::createSheet);
            for (String name : List.of(PartiesSheet.NAME, RulesSheet.NAME)) {
                book.createSheet(name);
            }
            // Before any name or print area refers to a sheet by its position.
            copies.forEach(c -> c.parts().forEach(part -> book.setSheetOrder(part, book.getNumberOfSheets() - 1)));

            // The other large sheets' rows are written on the other threads too, while the small sheets below are laid out.
            AdjustmentsSheet.write(sheets(book, adjustmentSheets), streamed, adjusted.trail(), split,
                    linkTargets(ledger, revenueLayout, copies), cells, counter);
            RevenueSheet.write(sheets(book, revenueLayout.sheetNames()), streamed, revenueLayout, cells, counter);
            PartiesSheet.write(book.getSheet(PartiesSheet.NAME), streamed, ledger.parties().parties(), cells);
            streamed.start();

            AdjustedRevenueSheet.Placed monthRows = AdjustedRevenueSheet.write(byMonth, total, months, ranges, cells);
            InputSheets.write(book, ledger, cells);
            UnitEconomicsSheet.Live live = contents.metricsPeriod() == null ? null
                    : new UnitEconomicsSheet.Live(contents.metricsPeriod().label(), contents.metricsPeriod().months(), ledger, monthRows);
            List<UnitEconomicsSheet.Placed> metrics = unitEconomics == null ? List.of()
                    : UnitEconomicsSheet.write(unitEconomics, contents.unitEconomics(), total.currency(), cells, live);
            if (coverage != null) {
                if (contents.coverageReports().isEmpty()) {
                    CoverageSheet.write(coverage, contents.coverage(), total.currency(), cells);
                } else {
                    CoverageSheet.writeLive(coverage, contents.coverage(), contents.coverageReports(), ledger, monthRows,
                            total.currency(), cells);
                }
                Name cash = book.createName();
                cash.setNameName("CashAndCredits");
                cash.setRefersToFormula(CoverageSheet.NAME + "!" + CoverageSheet.CASH_CELL);
            }
            SummarySheet.write(summary, ledger, total, adjusted.rules().rules(),
                    new SummarySheet.Links(ranges, rulesLayout, copies, metrics, contents.coverage(), page), cells);

            RulesSheet.write(book.getSheet(RulesSheet.NAME), adjusted.rules().files(), cells);
            Set<String> streamedSheets = new HashSet<>(adjustmentSheets);
            streamedSheets.addAll(revenueLayout.sheetNames());
            streamedSheets.add(PartiesSheet.NAME);
            copies.forEach(c -> streamedSheets.addAll(c.parts()));
            printSetup(book, page, streamedSheets);

            book.setForceFormulaRecalculation(true);
            book.setActiveSheet(0);
            streamed.write(out);
        }
    }

    /**
     * Every sheet but the Summary (one page, set up as it is written) prints scaled to its page width with
     * its header rows repeated: the report sheets' title rows, the data sheets' first row. The streamed
     * sheets' rows are not known yet, so their print area is their used range.
     */
    private static void printSetup(XSSFWorkbook book, PrintLayout.Page page, Set<String> streamedSheets) {
        for (org.apache.poi.ss.usermodel.Sheet s : book) {
            XSSFSheet sheet = (XSSFSheet) s;
            String name = sheet.getSheetName();
            if (name.equals(SummarySheet.NAME)) {
                PrintLayout.headerAndFooter(sheet, page);
                continue;
            }
            boolean report = name.equals(AdjustedRevenueSheet.NAME) || name.equals(UnitEconomicsSheet.NAME)
                    || name.equals(CoverageSheet.NAME);
            int headerRows = name.equals(AdjustedRevenueSheet.NAME) ? AdjustedRevenueSheet.HEADER_ROW : report ? 0 : 1;
            boolean streamed = streamedSheets.contains(name);
            PrintLayout.apply(sheet, columns(sheet), headerRows, streamed ? -1 : sheet.getLastRowNum(), page);
        }
    }

    /** The sheet's columns: those its rows use, or (a streamed sheet, rows not yet written) those given a width. */
    private static int columns(XSSFSheet sheet) {
        int columns = 1;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols cols : sheet.getCTWorksheet().getColsArray()) {
            for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol col : cols.getColArray()) {
                columns = Math.max(columns, (int) col.getMax());
            }
        }
        return columns;
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook book, List<String> names) {
        return names.stream().map(book::getSheet).toList();
    }

    /**
     * Where an entry's source cell links: the same cell in its copied source sheet when the file was
     * copied, else the entry's row in this workbook's Revenue, Costs, Funding or Commitments sheet (a
     * ledger built in memory has no files to copy).
     */
    private static Function<LedgerEntry, String> linkTargets(Ledger ledger, RevenueSheet.Layout revenue,
            List<SourceCopies.Copy> copies) {
        Map<LedgerEntry, String> ownRows = new HashMap<>();
        for (int i = 0; i < ledger.costs().size(); i++) {
            ownRows.putIfAbsent(ledger.costs().get(i), InputSheets.COSTS + "!A" + (InputSheets.FIRST_ROW + i));
        }
        for (int i = 0; i < ledger.funding().size(); i++) {
            ownRows.putIfAbsent(ledger.funding().get(i), InputSheets.FUNDING + "!A" + (InputSheets.FIRST_ROW + i));
        }
        for (int i = 0; i < ledger.commitments().size(); i++) {
            ownRows.putIfAbsent(ledger.commitments().get(i), InputSheets.COMMITMENTS + "!A" + (InputSheets.FIRST_ROW + i));
        }
        return entry -> SourceCopies.holding(copies, entry.source())
                .map(c -> c.address(entry.source()))
                .orElseGet(() -> {
                    if (entry instanceof RevenueEntry r) {
                        return revenue.address(r);
                    }
                    return ownRows.get(entry);
                });
    }

    /** What the workbook leaves out of the imported files, one line each, for the export's notes. */
    public static List<String> notCopied(Ledger ledger) {
        return SourceCopies.notCopied(ledger.files());
    }

    /** What keeps the ledger from being written as a workbook, checked before any file is touched. */
    static Optional<String> requireFits(WorkbookContents contents) {
        AdjustedLedger adjusted = contents.adjusted();
        if (contents.coverage() != null) {
            for (CoverageRow row : contents.coverage().rows()) {
                Optional<String> problem = BridgeFormulas.criterionProblem(row.scenario())
                        .map(p -> "coverage scenario '" + row.scenario() + "': the name " + p);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        // A ledger longer than a sheet is written in parts (SheetSplit); nothing to refuse for its length.
        List<RevenueEntry> entries = adjusted.ledger().revenue();
        for (RevenueEntry e : entries) {
            String where = Objects.toString(e.source(), "a revenue entry");
            Optional<String> tooLong = tooLong(where, "customer", e.customer())
                    .or(() -> tooLong(where, "channel", e.channel()));
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                tooLong = tooLong.or(() -> tooLong(where, a.getKey(), a.getValue()));
            }
            if (tooLong.isPresent()) {
                return tooLong;
            }
        }
        Map<String, Rule> byLowerCaseId = new HashMap<>();
        for (Rule rule : adjusted.rules().rules()) {
            String where = "rule '" + rule.id() + "' (" + rule.origin() + ")";
            Optional<String> problem = BridgeFormulas.criterionProblem(rule.id())
                    .map(p -> where + ": the id " + p + "; use letters, digits, '-', '_' or '.' in rule ids")
                    .or(() -> tooLong(where, "basis", rule.basis()))
                    .or(() -> tooLong(where, "description", rule.description()));
            if (problem.isPresent()) {
                return problem;
            }
            // SUMIFS compares text ignoring case, so two such ids would each sum both rules' adjustments.
            Rule other = byLowerCaseId.putIfAbsent(rule.id().toLowerCase(Locale.ROOT), rule);
            if (other != null) {
                return Optional.of(where + " and rule '" + other.id() + "' (" + other.origin()
                        + ") differ only in case, which Excel does not tell apart; rename one");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(String where, String field, String text) {
        if (text == null || text.length() <= Cells.MAX_TEXT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: the %s has %,d characters; an Excel cell holds at most %,d",
                where, field, text.length(), Cells.MAX_TEXT));
    }
}
