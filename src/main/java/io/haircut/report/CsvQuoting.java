package io.haircut.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The quoting rule of every CSV file haircut writes: a field is quoted when it holds a comma, a semicolon,
 * a tab, a double quote, a carriage return or a line feed (a quote inside is written twice), or starts or
 * ends with a space. A spreadsheet in a locale whose list separator is ';' (most of Europe) or a tool that
 * splits on tabs then reads the same fields, and no text can slip into a neighbouring cell. This is on top
 * of {@link FormulaGuard}, which keeps text that starts like a formula from running (OWASP, CSV Injection).
 */
public final class CsvQuoting {

    private CsvQuoting() {
    }

    /** {@code csv} (as Commons CSV wrote it, "\n" between records) with every field quoted by the rule above. */
    public static String apply(String csv) {
        StringBuilder out = new StringBuilder(csv.length() + 64);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    out.append(field(record.get(i)));
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
        return out.toString();
    }

    static String field(String value) {
        if (!needsQuotes(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case ',', ';', '\t', '"', '\r', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
    }
}
