package io.haircut.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams one CSV file (UTF-8, comma-separated, header in row 1) as a table named after the file. */
final class CsvReader {

    private CsvReader() {
    }

    static void read(Path file, String displayName, String tableName, TableSink sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(in);
            sink.startTable(displayName, null, tableName);
            try (CSVParser parser = CSVParser.parse(new CsvRecordGuard(in, ',', displayName), format)) {
                for (CSVRecord record : parser) {
                    List<RawCell> cells = new ArrayList<>(record.size());
                    for (int i = 0; i < record.size(); i++) {
                        String v = record.get(i);
                        if (!v.isBlank()) {
                            cells.add(new RawCell(i, RawCell.Kind.TEXT, v));
                        }
                    }
                    if (!cells.isEmpty()) {
                        // The record number is the line's row as a spreadsheet would show it.
                        sink.row(new TableRow((int) record.getRecordNumber(), cells));
                    }
                }
            }
            sink.endTable();
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException(displayName + ": not UTF-8 text; save the file as CSV UTF-8");
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof java.nio.charset.MalformedInputException) {
                throw new ImportException(displayName + ": not UTF-8 text; save the file as CSV UTF-8");
            }
            throw new ImportException(displayName + ": cannot read the CSV file: " + XlsxReader.firstLine(cause));
        }
    }

    private static void skipByteOrderMark(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }
}
