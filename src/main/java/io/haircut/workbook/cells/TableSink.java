package io.haircut.workbook.cells;

import java.util.List;

/**
 * Receives a file's sheets row by row, so readers stream and never hold a whole sheet
 * (a CSV file is one sheet named after the file).
 */
public interface TableSink {

    void startTable(SheetInfo sheet);

    void row(TableRow row);

    /** Merged regions an .xlsx sheet lists after its rows; called before {@link #endTable()}. */
    default void merged(List<CellRange> regions) {
    }

    void endTable();
}
