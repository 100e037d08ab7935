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
        /** A number whose cell format is a date: {@code text} is the Excel serial ("1904:" first in the 1904 system). */
        DATE,
        /** A number whose cell format is a percentage: {@code text} is the stored fraction (0.125 for 12.5%). */
        PERCENT,
        BOOLEAN,
        /** An error value such as #REF! or #DIV/0!. */
        ERROR,
        /** A formula the file saved without its result: {@code text} is the formula. */
        FORMULA
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** The same value in another column: used to move a merged header's text into the cells it covers. */
    RawCell atColumn(int other) {
        return new RawCell(other, kind, text);
    }
}
