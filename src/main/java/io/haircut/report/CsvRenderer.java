package io.haircut.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report's records as CSV: a header of the column keys, one record per row. Money is a plain
 * decimal rounded to cents, a count its digits, text guarded by {@link FormulaGuard}, a figure as the
 * report wrote it; a null cell is an empty field. "\n" rather than RFC 4180's CRLF so the file reads the
 * same as the table and the JSON in a terminal; spreadsheets and CSV readers accept both.
 */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    public static String text(Report report) {
        return text(report.records());
    }

    public static String text(Table table) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(table.columns().stream().map(Table.Column::key).toArray(String[]::new))
                .setRecordSeparator("\n").get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : table.rows()) {
                List<String> record = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    record.add(field(table.columns().get(c).kind(), row.get(c)));
                }
                // null, not "", prints an empty field unquoted (Commons CSV quotes an empty first field).
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    private static String field(Table.Kind kind, Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof BigDecimal money) {
            return Figures.plain(money);
        }
        return kind == Table.Kind.TEXT ? FormulaGuard.text(cell.toString()) : cell.toString();
    }
}
