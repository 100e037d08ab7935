package io.haircut.workbook.cells;

import java.util.List;
import java.util.Set;

/**
 * What a reader knows about a sheet (or CSV file) before its rows: names, visibility, hidden columns,
 * and the merged regions when they are known before the rows (.xls; an .xlsx sheet lists its merges
 * after its rows, which the files package's ZipScan reads ahead, else they arrive through {@link TableSink#merged}).
 *
 * @param file the file as shown in messages ("frontier-ai.xlsx", "samples/x/Revenue.csv")
 * @param sheet the sheet name, or null for a CSV file
 * @param tableName the name that may say which canonical table this is (the sheet name, or a CSV file's stem)
 * @param format how the file was read, for inspect ("xlsx", "xls", "csv: UTF-8, comma")
 */
public record SheetInfo(String file, String sheet, String tableName, boolean hidden, Set<Integer> hiddenColumns,
        List<CellRange> merges, String format) {

    public SheetInfo {
        hiddenColumns = Set.copyOf(hiddenColumns);
        merges = List.copyOf(merges);
    }

    /** "file!sheet", or the file for a CSV. */
    public String where() {
        return sheet == null ? file : file + "!" + sheet;
    }
}
