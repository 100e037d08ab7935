package io.haircut.xlsx.sheets;

import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.SourceRef;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.sources.SheetSplit;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The imported revenue entries in the canonical layout, so the workbook imports again as the same ledger
 * (Month and Source come back as attributes, which no rule reads unless told to). When every entry comes
 * from one sheet, each is written on its original row, so {@code Revenue!E1207} here is
 * {@code pnl.xlsx!Revenue!E1207} there. More entries than one sheet holds are written in parts,
 * {@code Revenue}, {@code Revenue (2)}, ... ({@link SheetSplit}), each with the header on row 1; the
 * formulas that read the sheet read every part, and importing the workbook again reads every part.
 */
public final class RevenueSheet {

    static final String NAME = "Revenue";
    static final int FIRST_DATA_ROW = 2;
    /** Amount is column E; the Bridge sheet's formulas sum it. */
    static final String AMOUNT_COLUMN = "E";

    private static final List<String> FIXED = List.of(
            "Date", "Customer", "Channel", "Settlement", "Amount", "Invoice", "Product", "Currency");
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("invoice", "product");

    /**
     * Where the sheet puts things, known before it is written, for the links and formulas of the other sheets:
     * every entry's part and row, and each part's last row (1 for a part with no rows).
     */
    public record Layout(List<Placed> placed, Map<RevenueEntry, Placed> placeOf, List<String> extra, int[] lastRows,
            String monthColumn) {

        int sourceColumn() {
            return FIXED.size() + extra.size() + 1;
        }

        /** The parts' sheet names: Revenue, Revenue (2), ... */
        public List<String> sheetNames() {
            return SheetSplit.names(NAME, lastRows.length);
        }

        /** The entry's first cell, {@code 'Revenue (2)'!A17}, or null for an entry not in the sheet. */
        public String address(RevenueEntry entry) {
            Placed p = placeOf.get(entry);
            return p == null ? null : SheetSplit.reference(SheetSplit.name(NAME, p.part())) + "!A" + p.row();
        }
    }

    /** An entry and the part (0-based) and 1-based row it goes on. */
    record Placed(RevenueEntry entry, int part, int row) {
    }

    private RevenueSheet() {
    }

    public static Layout layout(List<RevenueEntry> entries) {
        return layout(entries, SheetSplit.EXCEL);
    }

    public static Layout layout(List<RevenueEntry> entries, SheetSplit split) {
        List<String> extra = extraAttributes(entries);
        List<Placed> placed = place(entries, split);
        // By identity: the adjustments' entries are the ledger's own objects, and hashing a million records by
        // their contents costs more than the rest of the layout.
        Map<RevenueEntry, Placed> placeOf = new IdentityHashMap<>(placed.size() * 2);
        int[] lastRows = new int[placed.isEmpty() ? 1 : placed.get(placed.size() - 1).part() + 1];
        java.util.Arrays.fill(lastRows, 1);
        for (Placed p : placed) {
            placeOf.putIfAbsent(p.entry(), p);
            lastRows[p.part()] = p.row();
        }
        return new Layout(placed, placeOf, extra, lastRows, SourceRef.columnLetters(FIXED.size() + extra.size()));
    }

    /**
     * Lays the parts out ({@code sheets}: one a part, in order) and has {@code book} stream their rows when the
     * workbook is written.
     */
    public static void write(List<XSSFSheet> sheets, StreamedWorkbook book, Layout layout, Cells cells, io.haircut.RowCounter counter) {
        List<String> extra = layout.extra();
        int monthColumn = FIXED.size() + extra.size();
        int sourceColumn = layout.sourceColumn();

        List<String> header = new ArrayList<>(FIXED);
        header.addAll(extra);
        header.add("Month");
        header.add("Source");
        int from = 0;
        for (int part = 0; part < sheets.size(); part++) {
            int to = from;
            while (to < layout.placed().size() && layout.placed().get(to).part() == part) {
                to++;
            }
            List<Placed> rowsOfPart = layout.placed().subList(from, to);
            from = to;
            XSSFSheet sheet = sheets.get(part);
            book.stream(sheet, rows -> {
                rows.row(1);
                for (int c = 0; c < header.size(); c++) {
                    rows.text(c, header.get(c), cells.header);
                }
                for (Placed p : rowsOfPart) {
                    RevenueEntry e = p.entry();
                    rows.row(p.row());
                    counter.row();
                    rows.date(0, e.date(), cells.date);
                    rows.text(1, e.customer());
                    rows.text(2, e.channel());
                    rows.text(3, e.settlement().label());
                    rows.number(4, e.amount().amount(), cells.money);
                    rows.text(5, e.attributes().get("invoice"));
                    rows.text(6, e.attributes().get("product"));
                    rows.text(7, e.amount().currency());
                    for (int i = 0; i < extra.size(); i++) {
                        rows.text(FIXED.size() + i, e.attributes().get(extra.get(i)));
                    }
                    rows.month(monthColumn, e.month(), cells.month);
                    rows.text(sourceColumn, Objects.toString(e.source(), null));
                }
            });

            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, layout.lastRows()[part] - 1), 0, sourceColumn));
            int[] widths = {12, 32, 16, 14, 16, 16, 20, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int c = FIXED.size(); c < monthColumn; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.setColumnWidth(monthColumn, 10 * 256);
            sheet.setColumnWidth(sourceColumn, 36 * 256);
        }
    }

    /**
     * Original rows when the entries come from one sheet (or one CSV file), on distinct rows below the
     * header, within one sheet's size; otherwise rows 2, 3, ... in ledger order, in as many parts as they
     * take. Rows are returned in increasing order (part, then row) because a streaming sheet is written top
     * to bottom.
     */
    static List<Placed> place(List<RevenueEntry> entries, SheetSplit split) {
        if (keepsOriginalRows(entries, split)) {
            List<Placed> placed = new ArrayList<>(entries.size());
            for (RevenueEntry e : entries) {
                placed.add(new Placed(e, 0, e.source().row()));
            }
            if (!inRowOrder(placed)) { // a ledger is usually read top to bottom: then there is nothing to sort
                placed.sort(Comparator.comparingInt(Placed::row));
            }
            return placed;
        }
        List<Placed> placed = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            placed.add(new Placed(entries.get(i), split.partOf(i), split.rowOf(i)));
        }
        return placed;
    }

    private static boolean inRowOrder(List<Placed> placed) {
        for (int i = 1; i < placed.size(); i++) {
            if (placed.get(i).row() < placed.get(i - 1).row()) {
                return false;
            }
        }
        return true;
    }

    private static boolean keepsOriginalRows(List<RevenueEntry> entries, SheetSplit split) {
        if (entries.isEmpty() || entries.stream().anyMatch(e -> e.source() == null)) {
            return false;
        }
        SourceRef first = entries.get(0).source();
        BitSet rows = new BitSet();
        for (RevenueEntry e : entries) {
            SourceRef s = e.source();
            boolean sameSheet = Objects.equals(s.file(), first.file()) && Objects.equals(s.sheet(), first.sheet());
            if (!sameSheet || s.row() < FIRST_DATA_ROW || s.row() > split.rows() || rows.get(s.row())) {
                return false;
            }
            rows.set(s.row());
        }
        return true;
    }

    /** Attribute keys other than invoice and product, sorted, as extra columns after Currency. */
    static List<String> extraAttributes(List<RevenueEntry> entries) {
        Set<String> keys = new TreeSet<>();
        entries.forEach(e -> keys.addAll(e.attributes().keySet()));
        keys.removeAll(SHOWN_ATTRIBUTES);
        return List.copyOf(keys);
    }
}
