package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.MergedCells;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import io.haircut.workbook.detect.Detector;
import io.haircut.workbook.detect.Plans;
import io.haircut.workbook.detect.Plans.LongPlan;
import io.haircut.workbook.detect.Plans.SheetPlan;
import io.haircut.workbook.detect.Plans.TablePlan;
import io.haircut.workbook.detect.Plans.WidePlan;
import io.haircut.workbook.detect.ScenarioBlocks;
import io.haircut.workbook.detect.StatementSheets;
import io.haircut.workbook.detect.WideCandidates;
import io.haircut.workbook.files.XlsxReader;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.read.LedgerBuilder;
import io.haircut.workbook.read.LongTableReader;
import io.haircut.workbook.read.Problems;
import io.haircut.workbook.read.TableReader;
import io.haircut.workbook.read.WideTableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Receives a file's sheets from a reader and turns each into tables: the first {@value #WINDOW_ROWS}
 * rows are held back while {@link Detector} decides what the sheet holds (merged cells filled in,
 * hidden columns dropped when asked), then those rows and every later one stream through the table
 * readers. Only the window is ever held, so a million-row sheet costs no more memory than its entries.
 * Merged cells are applied to every row ({@link MergedCells}): known before the rows ({@link SheetInfo#merges}),
 * or, from an .xlsx read without its container check, when the sheet lists them, in time for a sheet
 * shorter than the window and reported as not applied for a longer one. A wide table may
 * have another stacked below it, found as the rows stream ({@link WideTableReader#stackedBelow}); the
 * sheet then reads the rest with a reader of its own.
 */
public final class SheetReader implements TableSink {

    /** The sheets of an export that hold input in canonical form; the rest are reports and source copies. */
    private static final Set<String> EXPORT_INPUT_SHEETS = Set.of("Revenue", "Parties", "Costs", "Customers", "Funding",
            "Commitments", "Cash");

    /** The parts after the first of an export's Revenue sheet longer than a sheet holds: "Revenue (2)", ... */
    private static final java.util.regex.Pattern REVENUE_PART = java.util.regex.Pattern.compile("Revenue \\([1-9][0-9]*\\)");

    /** Rows held for detection; a sheet shorter than this is decided when it ends. */
    static final int WINDOW_ROWS = 200;

    private final ImportMapping mapping;
    private final LedgerBuilder builder;
    private final boolean skipHidden;
    private final boolean strict;
    private final List<Inspection.SheetReport> reports = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<LongTableReader> longReaders = new ArrayList<>();
    private final List<WideTableReader> wideReaders = new ArrayList<>();
    private final SheetSelection selection;
    /** The file is a statement workbook (a filing): its other sheets are statements and notes too. */
    private boolean filing;
    /** Statement sheets skipped, as "a balance sheet 'X'", for the file's one summary note. */
    private final List<StatementSheets.Kind> statementsSkipped = new ArrayList<>();
    private final List<String> statementsRead = new ArrayList<>();
    private ScenarioBlocks scenarios;
    /** The scenario: line of the drafted mapping, for each sheet with scenario blocks. */
    private final List<String> scenarioDrafts = new ArrayList<>();
    private String skipReason;
    /** Every problem of every sheet, in order (an inspection carries on past them; an import stopped at the first). */
    private final List<String> allProblems = new ArrayList<>();

    private SheetInfo info;
    private String format;
    private List<TableRow> window;
    private MergedCells merges;
    private SheetPlan plan;
    /** The readers rows go to: one per table the plan found, replaced by the next when a table is stacked below. */
    private List<TableReader> readers;
    /** Every table read from the sheet, in order, for inspect. */
    private List<TableReader> tablesRead;
    /** Where each table is, for counting the cells outside them. */
    private List<TablePlan> extents;
    private boolean blocked;
    private Problems problems;
    private boolean skipping;
    private List<String> sheetNotes;
    private int outside;
    private int firstHeader;
    private final List<String> outsideSample = new ArrayList<>();
    private final Set<Integer> hiddenRowsOutside = new TreeSet<>();

    public SheetReader(ImportMapping mapping, LedgerBuilder builder, boolean skipHidden, boolean strict, SheetSelection selection) {
        this.selection = selection;
        this.mapping = mapping;
        this.builder = builder;
        this.skipHidden = skipHidden;
        this.strict = strict;
    }

    List<Inspection.SheetReport> reports() {
        return reports;
    }

    /** How the file was read ("xlsx", "csv, UTF-8, comma-separated"). */
    String format() {
        return format;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    List<LongTableReader> longReaders() {
        return longReaders;
    }

    List<WideTableReader> wideReaders() {
        return wideReaders;
    }

    List<String> problems() {
        return allProblems;
    }

    /** The drafted mapping's scenario: line for each sheet with scenario blocks (commented when the first was read unasked). */
    List<String> scenarioDrafts() {
        return scenarioDrafts;
    }

    /** Whether the file is a statement workbook (a filing's statements and notes, one per sheet). */
    boolean isFiling() {
        return filing;
    }

    @Override
    public void startTable(SheetInfo sheet) {
        info = sheet;
        format = format == null ? sheet.format() : format;
        sheetNames.add(sheet.sheet() == null ? sheet.tableName() : sheet.sheet());
        window = new ArrayList<>();
        merges = new MergedCells(sheet.where());
        merges.add(sheet.merges());
        plan = null;
        readers = new ArrayList<>();
        tablesRead = new ArrayList<>();
        extents = new ArrayList<>();
        problems = new Problems(strict);
        sheetNotes = new ArrayList<>();
        outside = 0;
        outsideSample.clear();
        hiddenRowsOutside.clear();
        ImportMapping.Selection chosen = mapping.selection();
        scenarios = new ScenarioBlocks(chosen.scenario(), mapping.path() + ":" + chosen.scenarioLine(), mapping.fiscalYear());
        if (!selection.admits(sheet)) {
            skipping = true;
            skipReason = selection.why();
            return;
        }
        skipReason = null;
        // haircut's own export holds its canonical input tables (Revenue, Parties, Costs, ...) beside reports and copies of the
        // source sheets; importing it again reads the canonical tables, which the others would repeat.
        boolean exportReport = sheet.format() != null && sheet.format().endsWith(XlsxReader.EXPORT_FORMAT_SUFFIX)
                && !EXPORT_INPUT_SHEETS.contains(sheet.sheet()) && !REVENUE_PART.matcher(sheet.sheet()).matches();
        skipping = (sheet.hidden() && skipHidden) || exportReport;
        if (exportReport) {
            builder.note("ignored sheet " + sheet.where() + ": a report or source copy in a haircut export (its input tables are read)");
        }
        if (sheet.hidden()) {
            builder.note((skipHidden ? "skipped hidden sheet " : "hidden sheet ") + sheet.where()
                    + (skipHidden ? " (--skip-hidden)" : " imported (--skip-hidden leaves hidden sheets, rows and columns out)"));
        }
    }

    @Override
    public void row(TableRow row) {
        if (skipping) {
            return;
        }
        if (!info.hiddenColumns().isEmpty() && skipHidden) {
            row = new TableRow(row.row(), row.cells().stream().filter(c -> !info.hiddenColumns().contains(c.column())).toList(), row.hidden());
            if (row.cells().isEmpty()) {
                return;
            }
        }
        if (plan == null) {
            window.add(row);
            if (window.size() >= WINDOW_ROWS) {
                decide();
            }
            return;
        }
        dispatch(merges.fill(row));
    }

    @Override
    public void merged(List<CellRange> regions) {
        if (plan != null && !skipping && !regions.isEmpty()) {
            // The rows have been read already: say so rather than leave cells silently unfilled.
            builder.warn(info.where() + ": merged cells " + String.join(", ", regions.stream().limit(8).map(CellRange::toString).toList())
                    + (regions.size() > 8 ? ", ..." : "") + " are listed after rows already read and were not applied to them;"
                    + " open the file in Excel and save it again");
        }
        merges.add(regions);
    }

    @Override
    public void endTable() {
        if (skipping) {
            reports.add(new Inspection.SheetReport(name(), info.hidden(), skipReason != null ? skipReason : info.hidden() && skipHidden ? "hidden sheet, skipped (--skip-hidden)"
                    : "report or source copy in a haircut export, skipped (its input tables are read)", List.of(), List.of()));
            return;
        }
        if (plan == null) {
            decide();
        }
        readers.forEach(TableReader::end);
        scenarios.draft().ifPresent(scenarioDrafts::add);
        scenarios.note().ifPresent(n -> {
            sheetNotes.add(n);
            builder.note(info.where() + ": " + n);
        });
        scenarios.problem(info).ifPresent(p -> problems.add(new ImportException(p)));
        if (!merges.met().isEmpty()) {
            sheetNotes.add(0, "merged cells read as one value each: " + merges.met());
        }
        if (outside > 0) {
            sheetNotes.add(outside + " cell" + (outside == 1 ? "" : "s") + " outside the tables ignored: " + String.join(", ", outsideSample)
                    + (outside > outsideSample.size() ? ", ..." : ""));
        }
        if (!info.hiddenColumns().isEmpty()) {
            List<String> letters = info.hiddenColumns().stream().sorted().limit(12).map(SourceRef::columnLetters).toList();
            String text = "hidden column" + (info.hiddenColumns().size() == 1 ? " " : "s ") + String.join(", ", letters)
                    + (info.hiddenColumns().size() > 12 ? ", ..." : "") + (skipHidden ? " skipped" : " imported");
            sheetNotes.add(text);
            if (plan.skipped() == null && !plan.tables().isEmpty()) {
                builder.note(info.where() + ": " + text);
            }
        }
        List<Inspection.TableReport> tables = tablesRead.stream().map(TableReader::report).toList();
        allProblems.addAll(problems.list());
        if (tables.isEmpty()) {
            problems.list().forEach(p -> sheetNotes.add("problem: " + p));
        }
        for (Inspection.TableReport t : tables) {
            if (t.notes().stream().anyMatch(n -> n.contains("hidden row"))) {
                t.notes().stream().filter(n -> n.contains("hidden row")).forEach(n -> builder.note(info.where() + ": " + n));
            }
        }
        reports.add(new Inspection.SheetReport(name(), info.hidden(), plan.skipped(), tables, sheetNotes));
    }

    /** After the file's last sheet: one note for the statement sheets skipped (not one per sheet). */
    void finish() {
        if (statementsSkipped.isEmpty()) {
            return;
        }
        Map<StatementSheets.Kind, Integer> kinds = new java.util.TreeMap<>();
        statementsSkipped.forEach(k -> kinds.merge(k, 1, Integer::sum));
        String counts = String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey().describe
                : e.getValue() + " " + e.getKey().plural).toList());
        builder.note(info.file() + ": statement workbook: " + (statementsRead.isEmpty() ? "no income statement found"
                : "read the income statement " + String.join(", ", statementsRead)) + "; skipped " + statementsSkipped.size() + " other sheet"
                + (statementsSkipped.size() == 1 ? "" : "s") + " (" + counts + "); --sheets or only: in a mapping file chooses sheets by name");
    }

    private String name() {
        return info.sheet() == null ? info.file() : info.sheet();
    }

    private void decide() {
        List<TableRow> rows = window.stream().map(merges::fill).toList();
        Optional<StatementSheets.Statement> statement = mapping.sheet(info.file(), info.sheet()).isPresent() ? Optional.empty()
                : StatementSheets.recognise(info, rows, filing);
        filing = filing || statement.map(StatementSheets.Statement::filing).orElse(false);
        if (statement.isPresent() && statement.get().kind() != StatementSheets.Kind.INCOME) {
            StatementSheets.Statement st = statement.get();
            plan = new SheetPlan(info, List.of(), List.of(), "statement workbook: " + st.kind().describe + " ('" + RawCell.shorten(st.title()) + "')", 0);
            statementsSkipped.add(st.kind());
            builder.tableRead();
            window = null;
            return;
        }
        statement.ifPresent(st -> statementsRead.add("'" + info.sheet() + "'"));
        plan = Detector.plan(info, rows, mapping, statement.orElse(null));
        sheetNotes.addAll(plan.notes().stream().filter(n -> !n.startsWith("error: ")).toList());
        List<String> errors = plan.notes().stream().filter(n -> n.startsWith("error: ")).map(n -> n.substring(7)).toList();
        if (plan.skipped() != null) {
            builder.tableRead();
            builder.note("ignored " + (info.sheet() == null ? "file " : "sheet ") + info.where() + ": " + plan.skipped());
        }
        blocked = !errors.isEmpty();
        for (String e : errors) {
            problems.add(new ImportException(e));
        }
        for (TablePlan t : plan.tables()) {
            String id = tableId(t, false);
            if (t instanceof LongPlan l) {
                LongTableReader r = new LongTableReader(info, l, mapping, builder, skipHidden, problems, id, blocked);
                longReaders.add(r);
                readers.add(r);
                scaleNote(id, l.scale(), l.columns().stream().filter(c -> c.scale() != null)
                        .map(c -> "'" + c.header() + "' " + c.scale().describe()).toList());
            } else if (t instanceof WidePlan w) {
                readers.add(wideReader(w, id, blocked));
            }
            extents.add(t);
        }
        tablesRead.addAll(readers);
        firstHeader = plan.tables().stream().mapToInt(TablePlan::headerRow).min().orElse(0);
        List<TableRow> held = window;
        window = null;
        for (TableRow r : rows) {
            dispatch(r);
        }
        held.clear();
    }

    /** "f.xlsx!P&L", with the columns when the sheet has tables side by side and the header row for a table stacked below another. */
    private String tableId(TablePlan t, boolean stacked) {
        List<String> which = new ArrayList<>();
        if (stacked) {
            which.add("header row " + t.headerRow());
        }
        if (plan.tables().size() > 1) {
            which.add("columns " + SourceRef.columnLetters(t.firstColumn()) + ".." + SourceRef.columnLetters(t.lastColumn()));
        }
        return info.where() + (which.isEmpty() ? "" : " (" + String.join(", ", which) + ")");
    }

    private WideTableReader wideReader(WidePlan w, String id, boolean blockedPlan) {
        WideTableReader r = new WideTableReader(info, w, mapping, builder, skipHidden, problems, id, blockedPlan, scenarios);
        wideReaders.add(r);
        scaleNote(id, w.scale(), List.of());
        return r;
    }

    /** When the row heads a table stacked below a wide one, that table's reader takes over from the row on. */
    private void startStackedTables(TableRow row) {
        for (int i = 0; i < readers.size(); i++) {
            if (!(readers.get(i) instanceof WideTableReader above)) {
                continue;
            }
            Optional<WideCandidates.Stacked> below = above.stackedBelow(row);
            if (below.isEmpty()) {
                continue;
            }
            above.end(); // its totals are checked within it, before the next table's lines arrive
            for (String p : below.get().problems()) {
                problems.add(new ImportException(p));
            }
            WidePlan w = below.get().plan();
            WideTableReader next = wideReader(w, tableId(w, true), blocked || !below.get().problems().isEmpty());
            readers.set(i, next);
            tablesRead.add(tablesRead.indexOf(above) + 1, next);
            extents.add(w);
        }
    }

    private void scaleNote(String id, Plans.Scale scale, List<String> columns) {
        if (!scale.isNone()) {
            builder.note(id + ": amounts in " + scale.describe());
        }
        for (String c : columns) {
            builder.note(id + ": column " + c);
        }
    }

    private void dispatch(TableRow row) {
        scenarios.see(row);
        startStackedTables(row);
        for (TableReader r : readers) {
            r.row(row);
        }
        if (extents.isEmpty() || row.row() <= firstHeader) {
            return;
        }
        for (RawCell c : row.cells()) {
            boolean inside = false;
            for (TablePlan t : extents) {
                if (c.column() >= t.firstColumn() && c.column() <= t.lastColumn() && row.row() > t.headerRow()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                outside++;
                if (outsideSample.size() < 5) {
                    outsideSample.add(SourceRef.columnLetters(c.column()) + row.row() + " '" + RawCell.shorten(c.text().trim()) + "'");
                }
            }
        }
    }
}
