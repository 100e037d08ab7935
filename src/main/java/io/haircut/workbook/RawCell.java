package io.haircut.workbook;

/**
 * A cell as the file holds it, before any interpretation: its 0-based column, what kind of value it
 * is, and the value's exact text (a number's digits as stored, never through a double; a date cell's
 * serial number; a formula's cached result).
 */
record RawCell(int column, Kind kind, String text) {

    enum Kind {
        TEXT,
        NUMBER,
        /** A number whose cell format is a date: {@code text} is the Excel serial. */
        DATE,
        BOOLEAN,
        /** An error value such as #REF! or #DIV/0!. */
        ERROR
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }
}
