package io.haircut.workbook.cells;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One non-empty row of a sheet or CSV file: its 1-based row number, its non-blank cells in column
 * order, and whether the spreadsheet hides it.
 */
public record TableRow(int row, List<RawCell> cells, boolean hidden) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public TableRow(int row, List<RawCell> cells) {
        this(row, cells, false);
    }

    public RawCell cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** The non-blank cells in columns {@code first..last}. */
    public List<RawCell> within(int first, int last) {
        // Called for every row of every table: a plain loop, and the row's own list when it is all inside.
        int inside = 0;
        for (RawCell c : cells) {
            if (c.column() >= first && c.column() <= last) {
                inside++;
            }
        }
        if (inside == cells.size()) {
            return cells;
        }
        List<RawCell> within = new ArrayList<>(inside);
        for (RawCell c : cells) {
            if (c.column() >= first && c.column() <= last) {
                within.add(c);
            }
        }
        return Collections.unmodifiableList(within);
    }
}
