package io.haircut.workbook.read;

import io.haircut.workbook.Inspection;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Detector;

/** Reads the rows of one table that a {@link Detector} plan describes, into a {@link LedgerBuilder}. */
public interface TableReader {

    /** A row of the sheet (any row: the reader keeps to its own columns and the rows below its header). */
    void row(TableRow row);

    /** The sheet ended: final checks. */
    void end();

    /** What inspect shows about this table. */
    Inspection.TableReport report();
}
