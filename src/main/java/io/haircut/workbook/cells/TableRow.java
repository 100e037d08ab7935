package io.haircut.workbook.cells;

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
        return cells.stream().filter(c -> c.column() >= first && c.column() <= last).toList();
    }
}
