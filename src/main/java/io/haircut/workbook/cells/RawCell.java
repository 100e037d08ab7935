package io.haircut.workbook.cells;

/**
 * A cell as the file holds it, before any interpretation: its 0-based column, what kind of value it
 * is, and the value's exact text (a number's digits as stored, never through a double; a date cell's
 * serial number; a formula's cached result).
 */
public record RawCell(int column, Kind kind, String text) {

    public enum Kind {
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
    public boolean isBlank() {
        return blank(text);
    }

    /** Whether a text is empty or only white space, counting the non-breaking spaces that String.isBlank does not. */
    public static boolean blank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) { // one pass, no copies: every cell of a sheet comes through here
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    /** The same value in another column: used to move a merged header's text into the cells it covers. */
    RawCell atColumn(int other) {
        return new RawCell(other, kind, text);
    }

    /** A cell's value as text: a stored number without binary noise or ".0", a date cell as yyyy-mm-dd. */
    public static String shown(RawCell cell) {
        String t = cell.text().trim();
        if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.PERCENT) {
            Numbers.Parsed n = Numbers.parse(cell, false);
            if (n instanceof Numbers.Value v) {
                return v.value().stripTrailingZeros().toPlainString();
            }
            if (n instanceof Numbers.Percent p) {
                return p.fraction().stripTrailingZeros().toPlainString();
            }
        }
        if (cell.kind() == RawCell.Kind.DATE && Dates.parse(cell, null) instanceof Dates.Day d) {
            return d.date().toString();
        }
        return t;
    }

    public static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
