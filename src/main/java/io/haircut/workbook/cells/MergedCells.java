package io.haircut.workbook.cells;

import io.haircut.workbook.ImportException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's merged regions, applied to its rows as they stream past: each region's value (its top-left
 * cell) is read in every cell it covers, as a reader of the sheet sees it, whether the region is a
 * header over twelve months or a customer merged down over three invoice lines. Regions are taken in
 * order of their first row, so a row costs only the regions that cover it, however many the sheet has.
 */
public final class MergedCells {

    /** How many of the regions met are named in inspect's note. */
    private static final int NAMED = 8;

    private final String where;
    private final List<CellRange> regions = new ArrayList<>();
    /** The regions covering the latest row, with the value each carries (null until its first row is seen). */
    private final Map<CellRange, RawCell> open = new LinkedHashMap<>();
    private final List<CellRange> met = new ArrayList<>();
    private boolean metMore;
    /** Cells filled so far: one merged region can stand for a whole sheet, so its copies are counted. */
    private long filled;
    private int next;
    private int lastRow;
    private boolean sorted = true;

    /** @param where "file.xlsx!Sheet", for the message when the merged cells would fill too many cells */
    public MergedCells(String where) {
        this.where = where;
    }

    public void add(Collection<CellRange> more) {
        regions.addAll(more);
        sorted = sorted && more.isEmpty();
    }

    /** "B250:B252, D3:F3": the first regions that covered a row seen so far, and ", ..." when there were more; "" for none. */
    public String met() {
        return String.join(", ", met.stream().map(CellRange::toString).toList()) + (metMore ? ", ..." : "");
    }

    /** Sweeps down to {@code rowNumber}: regions that start by it open (and are named in {@link #met()}), those ended close. */
    private void openRegionsAt(int rowNumber) {
        if (!sorted) {
            // Regions that arrive late (after the first rows) are swept from the start; values already seen stay.
            regions.sort(Comparator.comparingInt(CellRange::firstRow));
            sorted = true;
            next = 0;
        }
        while (next < regions.size() && regions.get(next).firstRow() <= rowNumber) {
            CellRange r = regions.get(next++);
            if (r.lastRow() >= rowNumber && !open.containsKey(r)) {
                open.put(r, null);
                if (met.contains(r)) {
                    continue;
                } else if (met.size() < NAMED) {
                    met.add(r);
                } else {
                    metMore = true;
                }
            }
        }
        open.keySet().removeIf(r -> r.lastRow() < rowNumber);
    }

    /** The row with each covering region's value copied into its blank cells. Rows come in the sheet's order. */
    public TableRow fill(TableRow row) {
        if (regions.isEmpty()) {
            return row;
        }
        if (row.row() < lastRow) {
            // Excel writes rows in order; a sheet whose rows go back cannot be swept region by region.
            throw new ImportException(where + ": row " + row.row() + " comes after row " + lastRow + " in the sheet's XML, and the sheet has"
                    + " merged cells; the file is damaged: open it in Excel and save it again");
        }
        lastRow = row.row();
        openRegionsAt(row.row());
        if (open.isEmpty()) {
            return row;
        }
        List<RawCell> cells = null;
        BitSet present = null;
        for (Map.Entry<CellRange, RawCell> e : open.entrySet()) {
            CellRange m = e.getKey();
            if (row.row() == m.firstRow()) {
                e.setValue(row.cell(m.firstColumn()));
            }
            RawCell source = e.getValue();
            if (source == null) {
                continue;
            }
            if (present == null) {
                present = new BitSet();
                for (RawCell c : row.cells()) {
                    present.set(c.column());
                }
            }
            for (int c = present.nextClearBit(m.firstColumn()); c <= m.lastColumn(); c = present.nextClearBit(c + 1)) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                cells.add(source.atColumn(c));
                present.set(c);
                if (++filled > CellLimits.MAX_CELLS_FILLED_BY_MERGES) {
                    throw new ImportException(where + ": refused: its merged cells stand for more than "
                            + CellLimits.format(CellLimits.MAX_CELLS_FILLED_BY_MERGES) + " cells, haircut's limit for a sheet (docs/limits-and-security.md)");
                }
            }
        }
        if (cells == null) {
            return row;
        }
        cells.sort(Comparator.comparingInt(RawCell::column));
        return new TableRow(row.row(), cells, row.hidden());
    }
}
