package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.Plans.LongPlan;
import io.haircut.workbook.Plans.SheetPlan;
import io.haircut.workbook.Plans.TablePlan;
import io.haircut.workbook.Plans.WidePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Receives a file's sheets from a reader and turns each into tables: the first {@value #WINDOW_ROWS}
 * rows are held back while {@link Detector} decides what the sheet holds (merged cells filled in,
 * hidden columns dropped when asked), then those rows and every later one stream through the table
 * readers. Only the window is ever held, so a million-row sheet costs no more memory than its entries.
 */
final class SheetReader implements TableSink {

    /** The creator property of haircut's exported workbook (io.haircut.export.AdjustedWorkbookExporter). */
    static final String EXPORT_CREATOR = "haircut";
    /** Added to a sheet's format when its workbook is one of haircut's exports. */
    static final String EXPORT_FORMAT_SUFFIX = ", haircut export";
    /** The sheets of an export that hold input in canonical form; the rest are reports and source copies. */
    private static final Set<String> EXPORT_INPUT_SHEETS = Set.of("Revenue", "Parties");

    /** Rows held for detection; a sheet shorter than this is decided with its merged cells known (.xlsx lists them last). */
    static final int WINDOW_ROWS = 200;

    private final ImportMapping mapping;
    private final LedgerBuilder builder;
    private final boolean skipHidden;
    private final boolean strict;
    private final List<Inspection.SheetReport> reports = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<LongTableReader> longReaders = new ArrayList<>();
    private final List<WideTableReader> wideReaders = new ArrayList<>();

    private SheetInfo info;
    private String format;
    private List<TableRow> window;
    private List<CellRange> merges;
    private SheetPlan plan;
    private List<TableReader> readers;
    private Problems problems;
    private boolean skipping;
    private List<String> sheetNotes;
    private int outside;
    private int firstHeader;
    private final List<String> outsideSample = new ArrayList<>();
    private final Set<Integer> hiddenRowsOutside = new TreeSet<>();

    SheetReader(ImportMapping mapping, LedgerBuilder builder, boolean skipHidden, boolean strict) {
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

    @Override
    public void startTable(SheetInfo sheet) {
        info = sheet;
        format = format == null ? sheet.format() : format;
        sheetNames.add(sheet.sheet() == null ? sheet.tableName() : sheet.sheet());
        window = new ArrayList<>();
        merges = new ArrayList<>(sheet.merges());
        plan = null;
        readers = new ArrayList<>();
        problems = new Problems(strict);
        sheetNotes = new ArrayList<>();
        outside = 0;
        outsideSample.clear();
        hiddenRowsOutside.clear();
        // haircut's own export holds its canonical Revenue and Parties beside reports and copies of the
        // source sheets; importing it again reads the canonical tables, which the others would repeat.
        boolean exportReport = sheet.format() != null && sheet.format().endsWith(EXPORT_FORMAT_SUFFIX)
                && !EXPORT_INPUT_SHEETS.contains(sheet.sheet());
        skipping = (sheet.hidden() && skipHidden) || exportReport;
        if (exportReport) {
            builder.note("ignored sheet " + sheet.where() + ": a report or source copy in a haircut export (its Revenue and Parties are read)");
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
        dispatch(fillMerges(row));
    }

    @Override
    public void merged(List<CellRange> regions) {
        merges.addAll(regions);
    }

    @Override
    public void endTable() {
        if (skipping) {
            reports.add(new Inspection.SheetReport(name(), true, info.hidden() && skipHidden ? "hidden sheet, skipped (--skip-hidden)"
                    : "report or source copy in a haircut export, skipped (its Revenue and Parties are read)", List.of(), List.of()));
            return;
        }
        if (plan == null) {
            decide();
        }
        readers.forEach(TableReader::end);
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
        List<Inspection.TableReport> tables = readers.stream().map(TableReader::report).toList();
        for (Inspection.TableReport t : tables) {
            if (t.notes().stream().anyMatch(n -> n.contains("hidden row"))) {
                t.notes().stream().filter(n -> n.contains("hidden row")).forEach(n -> builder.note(info.where() + ": " + n));
            }
        }
        reports.add(new Inspection.SheetReport(name(), info.hidden(), plan.skipped(), tables, sheetNotes));
    }

    private String name() {
        return info.sheet() == null ? info.file() : info.sheet();
    }

    private void decide() {
        List<TableRow> rows = window.stream().map(this::fillMerges).toList();
        plan = Detector.plan(info, rows, mapping);
        List<CellRange> used = merges.stream().filter(m -> rows.stream().anyMatch(r -> r.row() >= m.firstRow() && r.row() <= m.lastRow())).toList();
        if (!used.isEmpty()) {
            sheetNotes.add("merged cells read as one value each: " + String.join(", ", used.stream().limit(8).map(CellRange::toString).toList())
                    + (used.size() > 8 ? ", ..." : ""));
        }
        sheetNotes.addAll(plan.notes().stream().filter(n -> !n.startsWith("error: ")).toList());
        List<String> errors = plan.notes().stream().filter(n -> n.startsWith("error: ")).map(n -> n.substring(7)).toList();
        if (plan.skipped() != null) {
            builder.tableRead();
            builder.note("ignored " + (info.sheet() == null ? "file " : "sheet ") + info.where() + ": " + plan.skipped());
        }
        boolean blocked = !errors.isEmpty();
        for (String e : errors) {
            problems.add(new ImportException(e));
        }
        for (TablePlan t : plan.tables()) {
            String id = info.where() + (plan.tables().size() > 1 ? " (columns " + SourceRef.columnLetters(t.firstColumn()) + ".."
                    + SourceRef.columnLetters(t.lastColumn()) + ")" : "");
            if (t instanceof LongPlan l) {
                LongTableReader r = new LongTableReader(info, l, mapping, builder, skipHidden, problems, id, blocked);
                longReaders.add(r);
                readers.add(r);
                scaleNote(id, l.scale(), l.columns().stream().filter(c -> c.scale() != null)
                        .map(c -> "'" + c.header() + "' " + c.scale().describe()).toList());
            } else if (t instanceof WidePlan w) {
                WideTableReader r = new WideTableReader(info, w, mapping, builder, skipHidden, problems, id, blocked);
                wideReaders.add(r);
                readers.add(r);
                scaleNote(id, w.scale(), List.of());
            }
        }
        firstHeader = plan.tables().stream().mapToInt(TablePlan::headerRow).min().orElse(0);
        List<TableRow> held = window;
        window = null;
        for (TableRow r : rows) {
            dispatch(r);
        }
        held.clear();
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
        for (TableReader r : readers) {
            r.row(row);
        }
        if (plan.tables().isEmpty() || row.row() <= firstHeader) {
            return;
        }
        for (RawCell c : row.cells()) {
            boolean inside = false;
            for (TablePlan t : plan.tables()) {
                if (c.column() >= t.firstColumn() && c.column() <= t.lastColumn() && row.row() > t.headerRow()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                outside++;
                if (outsideSample.size() < 5) {
                    outsideSample.add(SourceRef.columnLetters(c.column()) + row.row() + " '" + Detector.shorten(c.text().trim()) + "'");
                }
            }
        }
    }

    /** The row with each merged region's value copied into the cells it covers, as a reader of the sheet sees it. */
    private TableRow fillMerges(TableRow row) {
        if (merges.isEmpty()) {
            return row;
        }
        List<RawCell> cells = null;
        for (CellRange m : merges) {
            if (row.row() < m.firstRow() || row.row() > m.lastRow()) {
                continue;
            }
            RawCell source = row.row() == m.firstRow() ? row.cell(m.firstColumn()) : topLeft(m);
            if (source == null) {
                continue;
            }
            for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                if (row.cell(c) == null) {
                    if (cells == null) {
                        cells = new ArrayList<>(row.cells());
                    }
                    if (cellAt(cells, c) == null) {
                        cells.add(source.atColumn(c));
                    }
                }
            }
        }
        if (cells == null) {
            return row;
        }
        cells.sort(java.util.Comparator.comparingInt(RawCell::column));
        return new TableRow(row.row(), cells, row.hidden());
    }

    private static RawCell cellAt(List<RawCell> cells, int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    private RawCell topLeft(CellRange m) {
        if (window == null) {
            return null;
        }
        for (TableRow r : window) {
            if (r.row() == m.firstRow()) {
                return r.cell(m.firstColumn());
            }
        }
        return null;
    }
}
