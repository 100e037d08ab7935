package io.haircut.workbook;

/**
 * Receives a file's tables row by row, so readers stream and never hold a whole sheet
 * (CSV files are one table named after the file).
 */
interface TableSink {

    /** A new table starts; {@code sheet} is the sheet name, or null for a CSV file. */
    void startTable(String file, String sheet, String tableName);

    void row(TableRow row);

    void endTable();
}
