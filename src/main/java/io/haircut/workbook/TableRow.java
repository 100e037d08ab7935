package io.haircut.workbook;

import java.util.List;

/** One non-empty row of a sheet or CSV file: its 1-based row number and its non-blank cells. */
record TableRow(int row, List<RawCell> cells) {

    RawCell cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }
}
