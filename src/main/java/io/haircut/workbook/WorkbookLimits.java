package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import java.util.Locale;
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
record WorkbookLimits(int maxParts, long maxStreamedPartBytes, long maxSharedStringsBytes, long maxOtherPartBytes,
        int maxExpansion, long graceBytes) {

    /** The limits every import uses. */
    static final WorkbookLimits DEFAULT = new WorkbookLimits(10_000, 1L << 30, 100L << 20, 16L << 20, 100, 100L << 10);

    /** Excel's own limit on a cell's text; a longer cell was not written by Excel. */
    static final int MAX_CELL_CHARACTERS = 32_767;

    /** Excel's sheet size: rows 1..1,048,576, columns A..XFD. */
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    /** Merged regions in a workbook (and so in one sheet): known before the rows, they are held while it is read, about 40 bytes each. */
    static final int MAX_MERGED_CELLS = 1_000_000;

    /**
     * Cells that merged regions fill in one sheet (each region's value copied into every cell it covers):
     * a single region "A1:XFD1048576" stands for 17 billion cells, a customer merged down over three lines for two.
     */
    static final long MAX_CELLS_FILLED_BY_MERGES = 10_000_000;

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
        if (length > MAX_CELL_CHARACTERS) {
            String where = new SourceRef(file, sheet, row, Math.max(column, 0)).toString();
            throw new ImportException(where + ": the cell holds more than " + format(MAX_CELL_CHARACTERS)
                    + " characters, the most an Excel cell can hold; the file was not written by Excel or is damaged");
        }
    }

    /**
     * A row number from the sheet XML's {@code r} attribute, or the next one when it has none; a number
     * outside Excel's rows is a {@link NumberFormatException}, which the reader reports with the sheet.
     */
    static int rowNumber(String r, int previous) {
        int row = r != null ? Integer.parseInt(r.trim()) : previous + 1;
        if (row < 1 || row > MAX_ROW) {
            throw new NumberFormatException("row " + r + " is outside Excel's rows 1.." + MAX_ROW);
        }
        return row;
    }

    /** Digits before the decimal point of any number read: an amount of 10^18 or more is no ledger's. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after it: enough for any number a double holds (Excel's tiny remainders such as 5.55E-17 included). */
    static final int MAX_DECIMALS = 400;

    /**
     * A cell's number, exactly, or null when it is no amount a ledger holds: 10^18 or more, or more than 400
     * decimal places. Without the bound, "1e999999999" parses to a value that every later sum expands to a
     * billion digits.
     */
    static java.math.BigDecimal decimal(String text) {
        java.math.BigDecimal v;
        try {
            v = new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            return null; // an exponent beyond an int
        }
        if (v.scale() > MAX_DECIMALS || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return v;
    }

    /** An import that needed more memory than the JVM has: how much it has, and how to give it more. */
    static ImportException outOfMemory(java.nio.file.Path path) {
        long mebibytes = Runtime.getRuntime().maxMemory() >> 20;
        return new ImportException(path + ": not enough memory to import this file in haircut's " + format(mebibytes)
                + " MB heap (a million revenue rows take about 400 MB); start haircut with more, e.g. java -Xmx4g -jar haircut.jar");
    }

    static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
