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

    /** Blank also when the text is only spaces or non-breaking spaces (statement exports pad heading rows with them). */
    boolean isBlank() {
        return blank(text);
    }

    /** Whether a text is empty or only white space, counting the non-breaking spaces that String.isBlank does not. */
    static boolean blank(String text) {
        return text == null || text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').isBlank();
    }

    /** The same value in another column: used to move a merged header's text into the cells it covers. */
    RawCell atColumn(int other) {
        return new RawCell(other, kind, text);
    }
}
