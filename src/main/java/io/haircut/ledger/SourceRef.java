package io.haircut.ledger;

/**
 * Where a value came from: the file, the sheet (null for a CSV file) and the cell, so any figure
 * can be traced back to the startup's own spreadsheet. Shown as {@code frontier-ai.xlsx!Revenue!E1207}.
 *
 * @param row 1-based row number as the spreadsheet shows it
 * @param column 0-based column index
 */
public record SourceRef(String file, String sheet, int row, int column) {

    public String cell() {
        return columnLetters(column) + row;
    }

    /** The same row, another column: an entry's fields share one row. */
    public SourceRef atColumn(int otherColumn) {
        return new SourceRef(file, sheet, row, otherColumn);
    }

    /** Spreadsheet column letters for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        return sheet == null ? file + "!" + cell() : file + "!" + sheet + "!" + cell();
    }
}
