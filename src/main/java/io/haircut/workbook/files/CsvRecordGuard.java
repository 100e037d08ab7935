package io.haircut.workbook.files;

import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellLimits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Sits between a CSV file and the parser and follows its quoting (RFC 4180, as Commons CSV reads it: a
 * quote opens a field only as the field's first character; inside, {@code ""} is a quote), so that a
 * field longer than a spreadsheet cell, a line without end, or a quote that is never closed stops the
 * import with its line number before the parser has buffered more than {@link WorkbookLimits}' bounds.
 * Without it, one unclosed quote makes the parser hold the rest of the file as a single field.
 */
final class CsvRecordGuard extends FilterReader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final String display;
    private State state = State.FIELD_START;
    private long line = 1;
    private boolean afterCarriageReturn;
    private long recordLength;
    private long fieldLength;
    private int field = 1;
    private long fieldLine = 1;
    private long recordLine = 1;

    CsvRecordGuard(Reader in, char delimiter, String display) {
        super(in);
        this.delimiter = delimiter;
        this.display = display;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            endOfFile();
        } else {
            step((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            endOfFile();
        }
        for (int i = 0; i < n; i++) {
            step(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported"); // every character must pass step()
    }

    private void step(char c) {
        boolean newLine = c == '\n' && !afterCarriageReturn || c == '\r';
        afterCarriageReturn = c == '\r';
        boolean recordEnds = false;
        boolean content = false; // a character of the field's value, not its quotes or the delimiter
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    nextField();
                } else if (c == '\n' || c == '\r') {
                    recordEnds = true;
                } else {
                    state = State.UNQUOTED;
                    content = true;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED; // the closing quote, or the first of ""
                } else {
                    content = true;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED; // "" inside a quoted field is one quote
                    content = true;
                } else if (c == delimiter) {
                    nextField();
                } else if (c == '\n' || c == '\r') {
                    recordEnds = true;
                } else {
                    state = State.UNQUOTED; // text after the closing quote: the parser reports it
                    content = true;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        if (newLine) {
            line++;
        }
        if (recordEnds) {
            nextRecord();
        } else {
            count(content);
        }
    }

    /** One more character of the record (and of the field when it is {@code content}), refused past the limits. */
    private void count(boolean content) {
        recordLength++;
        if (content && ++fieldLength > CellLimits.MAX_CELL_CHARACTERS) {
            String where = display + ": line " + fieldLine + ", field " + field;
            throw new ImportException(state == State.QUOTED
                    ? where + ": a quoted field runs past " + CellLimits.format(CellLimits.MAX_CELL_CHARACTERS)
                            + " characters, the most a spreadsheet cell holds; is its closing quote missing?"
                            + " (a quote inside a quoted field is written twice: \"\")"
                    : where + ": the field has more than " + CellLimits.format(CellLimits.MAX_CELL_CHARACTERS)
                            + " characters, the most a spreadsheet cell holds");
        }
        if (recordLength > WorkbookLimits.MAX_CSV_RECORD_CHARACTERS) {
            throw new ImportException(display + ": line " + recordLine + ": the record runs past "
                    + CellLimits.format(WorkbookLimits.MAX_CSV_RECORD_CHARACTERS)
                    + " characters without ending; expected one record per line");
        }
    }

    private void nextRecord() {
        state = State.FIELD_START;
        recordLength = 0;
        fieldLength = 0;
        field = 1;
        fieldLine = line;
        recordLine = line;
    }

    private void nextField() {
        state = State.FIELD_START;
        field++;
        fieldLength = 0;
        fieldLine = line;
    }

    private void endOfFile() {
        if (state == State.QUOTED) {
            throw new ImportException(display + ": line " + fieldLine + ", field " + field + ": the quote that opens the field"
                    + " is never closed; close it (a quote inside a quoted field is written twice: \"\")");
        }
    }
}
