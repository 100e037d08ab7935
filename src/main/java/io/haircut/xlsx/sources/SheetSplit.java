package io.haircut.xlsx.sources;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * How many rows one sheet holds, and how a table longer than that is split: its first part keeps the
 * table's name and the next ones are {@code Revenue (2)}, {@code Revenue (3)}, ..., each with the header on
 * row 1. Excel's limit is 1,048,576 rows a sheet; the tests give a small one to see the split on a few rows.
 *
 * @param rows the rows a sheet holds, header included
 */
public record SheetSplit(int rows) {

    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Excel's own limit (and LibreOffice's since 7.0): 1,048,576 rows a worksheet. */
    public static final SheetSplit EXCEL = new SheetSplit(SpreadsheetVersion.EXCEL2007.getMaxRows());

    public SheetSplit {
        if (rows < 2) {
            throw new IllegalArgumentException("a sheet holds a header and at least one row");
        }
    }

    /** The data rows one part holds, below its header. */
    public int dataRows() {
        return rows - 1;
    }

    /** The parts {@code dataRows} rows of data take: at least one, so an empty table still has its sheet. */
    public int parts(long dataRowCount) {
        return (int) Math.max(1, (dataRowCount + dataRows() - 1) / dataRows());
    }

    /** The 0-based part the {@code index}-th (0-based) data row goes to. */
    public int partOf(long index) {
        return (int) (index / dataRows());
    }

    /** The 1-based row the {@code index}-th (0-based) data row goes on in its part, below the header. */
    public int rowOf(long index) {
        return 2 + (int) (index % dataRows());
    }

    /** The names of a table's parts: {@code base}, {@code base (2)}, ... */
    public static List<String> names(String base, int parts) {
        List<String> names = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            names.add(name(base, p));
        }
        return names;
    }

    /** The name of part {@code part} (0-based) of the table {@code base}. */
    public static String name(String base, int part) {
        return part == 0 ? base : base + " (" + (part + 1) + ")";
    }

    /**
     * A sheet's name as a formula or a link names it: as it is when it is one word ({@code Revenue!A5}),
     * else quoted as Excel quotes it ({@code 'Revenue (2)'!A5}).
     */
    public static String reference(String sheet) {
        return ONE_WORD.matcher(sheet).matches() ? sheet : SourceCopies.quoted(sheet);
    }
}
