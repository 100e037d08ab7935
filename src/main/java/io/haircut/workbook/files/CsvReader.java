package io.haircut.workbook.files;

import io.haircut.Cancelled;
import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams one CSV or TSV file as a sheet named after the file. The encoding (UTF-8 with or without
 * BOM, UTF-16, Windows-1252) and the delimiter (comma, semicolon, tab, pipe) are detected from the
 * bytes ({@link TextFormat}); every value is text, typed later by the column it lands in.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static void read(Path file, String displayName, String tableName, TableSink sink) {
        TextFormat text;
        try {
            text = TextFormat.of(file);
        } catch (IOException e) {
            throw new ImportException(displayName + ": cannot read the file: " + Causes.of(e));
        }
        CSVFormat format = text.csv(); // blank lines keep their row numbers, as a spreadsheet shows them
        try (Reader in = text.reader(file)) {
            sink.startTable(new SheetInfo(displayName, null, tableName, false, Set.of(), List.of(), "csv, " + text.describe()));
            try (CSVParser parser = CSVParser.parse(new CsvRecordGuard(in, text.delimiter(), displayName), format)) {
                for (CSVRecord record : parser) {
                    List<RawCell> cells = new ArrayList<>(record.size());
                    for (int i = 0; i < record.size(); i++) {
                        String v = record.get(i);
                        if (!RawCell.blank(v)) {
                            cells.add(new RawCell(i, RawCell.Kind.TEXT, v));
                        }
                    }
                    if (!cells.isEmpty()) {
                        // The record number is the row a spreadsheet would show for this record.
                        sink.row(new TableRow((int) record.getRecordNumber(), cells));
                    }
                }
            }
            sink.endTable();
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (Cancelled.wasInterruption(cause)) {
                // Ctrl-C during a read closes the file's channel; that is a cancel, not a broken file.
                throw new Cancelled();
            }
            throw new ImportException(displayName + ": cannot read the CSV file: " + Causes.of(cause));
        }
    }
}
