package io.haircut.workbook.cells;

import java.util.Locale;

/**
 * The sizes haircut accepts of a sheet and its cells, whatever file they come from
 * (docs/limits-and-security.md, "Limits"); the container's own limits are the files' ({@code WorkbookLimits}).
 */
public final class CellLimits {

    /** Excel's own limit on a cell's text; a longer cell was not written by Excel. */
    public static final int MAX_CELL_CHARACTERS = 32_767;

    /** Excel's sheet size: rows 1..1,048,576, columns A..XFD. */
    public static final int MAX_ROW = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;

    /** Merged regions in a workbook (and so in one sheet): known before the rows, they are held while it is read, about 40 bytes each. */
    public static final int MAX_MERGED_CELLS = 1_000_000;

    /**
     * Cells that merged regions fill in one sheet (each region's value copied into every cell it covers):
     * a single region "A1:XFD1048576" stands for 17 billion cells, a customer merged down over three lines for two.
     */
    public static final long MAX_CELLS_FILLED_BY_MERGES = 10_000_000;

    /** Digits before the decimal point of any number read: an amount of 10^18 or more is no ledger's. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after it: enough for any number a double holds (Excel's tiny remainders such as 5.55E-17 included). */
    public static final int MAX_DECIMALS = 400;

    /**
     * A cell's number, exactly, or null when it is no amount a ledger holds: 10^18 or more, or more than 400
     * decimal places. Without the bound, "1e999999999" parses to a value that every later sum expands to a
     * billion digits.
     */
    public static java.math.BigDecimal decimal(String text) {
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

    public static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private CellLimits() {
    }
}
