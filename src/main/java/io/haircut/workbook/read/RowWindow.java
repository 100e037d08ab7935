package io.haircut.workbook.read;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a sheet one table occupies: rows below its header, cells within its columns. Both table
 * readers (long and wide) admit rows through it, so they agree on which rows are data, which range the
 * table covers, and which hidden rows they met.
 */
final class RowWindow {

    private final int headerRow;
    private final int firstColumn;
    private final int lastColumn;
    private final boolean skipHidden;
    private final boolean blocked;
    private final List<Integer> hiddenRows = new ArrayList<>();
    private int lastRow;

    /** @param blocked the table's plan has an error: rows count for the range, none is read */
    RowWindow(int headerRow, int firstColumn, int lastColumn, boolean skipHidden, boolean blocked) {
        this.headerRow = headerRow;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.skipHidden = skipHidden;
        this.blocked = blocked;
        this.lastRow = headerRow;
    }

    /** The row's cells inside the table, or null when the row is no data to read here. */
    List<RawCell> admit(TableRow row) {
        if (row.row() <= headerRow) {
            return null;
        }
        List<RawCell> cells = row.within(firstColumn, lastColumn);
        if (cells.isEmpty()) {
            return null;
        }
        lastRow = row.row();
        if (blocked) {
            return null;
        }
        if (row.hidden()) {
            hiddenRows.add(row.row());
            if (skipHidden) {
                return null;
            }
        }
        return cells;
    }

    int lastRow() {
        return lastRow;
    }

    /** "B5:F1204": the header row to the last row with a cell in the table's columns. */
    String range() {
        return SourceRef.columnLetters(firstColumn) + headerRow + ":" + SourceRef.columnLetters(lastColumn) + lastRow;
    }

    /** "3 hidden rows imported (rows 7, 8, 9)", when the table had hidden rows. */
    Optional<String> hiddenRowsNote() {
        if (hiddenRows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hiddenRows.size() + " hidden row" + (hiddenRows.size() == 1 ? "" : "s") + " "
                + (skipHidden ? "skipped" : "imported") + " (" + LongTableReader.rows(hiddenRows) + ")");
    }
}
