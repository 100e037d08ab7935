package io.haircut.workbook.files;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellLimits;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The sizes haircut accepts from a file, chosen so that no file can exhaust memory or time
 * (docs/limits-and-security.md, "Limits"). A workbook's zip parts are checked by {@link ZipScan} before POI opens the file; POI's own
 * zip-bomb guard ({@link ZipSecureFile}) is set to the same figures, so a part that slips past one meets
 * the other.
 *
 * @param maxParts parts in one workbook (POI's default is 1,000; a workbook of 200 sheets with drawings
 *     and charts has about 1,500)
 * @param maxStreamedPartBytes a worksheet part, which the reader streams: time, not memory, grows with it
 * @param maxSharedStringsBytes the shared-strings part, which is held in memory while the sheets are read:
 *     up to about 3 bytes of heap per byte of XML when the strings are tiny (64 MiB took 250 MB), about 1
 *     for ordinary ones; a million unique invoice numbers take about 31 MB
 * @param maxOtherPartBytes every other part (workbook, styles, relationships, properties), which POI
 *     parses into a tree of about 10 bytes of heap per byte of XML (a 30 MiB styles part took 310 MB);
 *     Excel's largest styles part (64,000 cell formats) is about 6 MB
 * @param maxExpansion how many times a part may expand when decompressed; real workbooks compress 5 to
 *     20 times, a zip bomb about 1,000
 * @param graceBytes parts up to this size are not checked for expansion (a small, very repetitive part,
 *     such as an empty sheet, may compress 200-fold)
 */
public record WorkbookLimits(int maxParts, long maxStreamedPartBytes, long maxSharedStringsBytes, long maxOtherPartBytes,
        int maxExpansion, long graceBytes) {

    /** The limits every import uses. */
    static final WorkbookLimits DEFAULT = new WorkbookLimits(10_000, 1L << 30, 100L << 20, 16L << 20, 100, 100L << 10);

    /** One CSV record (a line, or several when a quoted field holds line breaks): 16,384 fields of 64 characters. */
    static final int MAX_CSV_RECORD_CHARACTERS = 1 << 20;

    static {
        // POI's guard, set deliberately to the figures above (its defaults are 1,000 parts and 4 GiB a part).
        ZipSecureFile.setMaxFileCount(DEFAULT.maxParts());
        ZipSecureFile.setMaxEntrySize(DEFAULT.maxStreamedPartBytes());
        ZipSecureFile.setMinInflateRatio(1.0 / DEFAULT.maxExpansion()); // POI takes the ratio compressed/expanded
        ZipSecureFile.setGraceEntrySize(DEFAULT.graceBytes());
    }

    /** Applies the limits to POI (once, by loading this class); called before any workbook is opened. */
    static void applyToPoi() {
        // The static initialiser does the work.
    }

    /**
     * Stops a cell whose text grows past Excel's limit, while it is being read, so a hostile cell of
     * gigabytes never sits in memory. {@code column} is 0-based, {@code row} 1-based.
     */
    static void checkCellText(int length, String file, String sheet, int column, int row) {
        if (length > CellLimits.MAX_CELL_CHARACTERS) {
            String where = new SourceRef(file, sheet, row, Math.max(column, 0)).toString();
            throw new ImportException(where + ": the cell holds more than " + CellLimits.format(CellLimits.MAX_CELL_CHARACTERS)
                    + " characters, the most an Excel cell can hold; the file was not written by Excel or is damaged");
        }
    }

    /**
     * A row number from the sheet XML's {@code r} attribute, or the next one when it has none; a number
     * outside Excel's rows is a {@link NumberFormatException}, which the reader reports with the sheet.
     */
    static int rowNumber(String r, int previous) {
        int row = r != null ? Integer.parseInt(r.trim()) : previous + 1;
        if (row < 1 || row > CellLimits.MAX_ROW) {
            throw new NumberFormatException("row " + r + " is outside Excel's rows 1.." + CellLimits.MAX_ROW);
        }
        return row;
    }

    /**
     * An import that needed more memory than the JVM has: how much it has, how far the import got ({@code rowsRead},
     * the rows counted before it stopped; 0 when it stopped before the first count), and how to give it more.
     */
    public static ImportException outOfMemory(java.nio.file.Path path, long rowsRead) {
        long mebibytes = Runtime.getRuntime().maxMemory() >> 20;
        String after = rowsRead > 0 ? ", full after " + CellLimits.format(rowsRead) + " rows" : "";
        return new ImportException(path + ": not enough memory to import this file in haircut's " + CellLimits.format(mebibytes)
                + " MB heap" + after + " (a million revenue rows take about 300 MB); start haircut with more, e.g. java -Xmx4g -jar haircut.jar");
    }
}
