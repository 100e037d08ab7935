package io.haircut.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The one table of every report: a title line, columns that say how their cells are shown, rows of typed
 * cells, and lines under it. A cell is null (nothing), a String (text, or a figure already rounded), a
 * BigDecimal (money, rounded to cents only when shown) or a whole number (a count). The same value is
 * shown on the screen by {@link ScreenRenderer}, written as records by {@link CsvRenderer} and as objects
 * by {@link Json#rows}.
 *
 * @param title the line above the table; null for none
 * @param header whether the column headings are shown above the rows
 * @param notes lines under the table
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows, List<String> notes, boolean header)
        implements Report.Block {

    /**
     * A column: its heading on the screen, its key in CSV and JSON, what it holds, and its layout.
     *
     * @param gap spaces before the column (none before the first)
     * @param minWidth the narrowest the column is drawn
     * @param dotted whether a cell is followed by a dotted leader to the next column
     */
    public record Column(String heading, String key, Kind kind, int gap, int minWidth, boolean dotted) {

        public static Column text(String heading, String key) {
            return new Column(heading, key, Kind.TEXT, 2, 0, false);
        }

        /** Money ends in ")" or a space (see {@link Figures#grouped}), so its heading ends in a space to sit over the digits. */
        public static Column money(String heading, String key) {
            return new Column(heading + " ", key, Kind.MONEY, 2, 0, false);
        }

        public static Column count(String heading, String key) {
            return new Column(heading, key, Kind.COUNT, 2, 0, false);
        }

        /** A right-aligned figure rounded and formatted by the report (a ratio, a percent, a year). */
        public static Column figure(String heading, String key) {
            return new Column(heading, key, Kind.FIGURE, 2, 0, false);
        }

        public Column spaced(int spaces) {
            return new Column(heading, key, kind, spaces, minWidth, dotted);
        }

        public Column atLeast(int width) {
            return new Column(heading, key, kind, gap, width, dotted);
        }

        public Column withLeader() {
            return new Column(heading, key, kind, gap, minWidth, true);
        }

        boolean right() {
            return kind != Kind.TEXT;
        }
    }

    /**
     * Text (left-aligned, guarded in CSV), money (a BigDecimal), a count (a whole number) or a figure
     * (right-aligned text the report formatted; a number, so CSV does not guard it).
     */
    public enum Kind {
        TEXT, MONEY, COUNT, FIGURE
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        notes = List.copyOf(notes);
    }

    /** A titled table with the notes under it; the headings are shown when there are rows. */
    public Table(String title, List<Column> columns, List<List<Object>> rows, List<String> notes) {
        this(title, columns, rows, notes, !rows.isEmpty());
    }

    /** Rows under the column headings, no title, no notes. */
    public static Table of(List<Column> columns, List<List<Object>> rows) {
        return new Table(null, columns, rows, List.of(), true);
    }

    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The rows with their first cell indented, for a table printed under a heading. */
    public static List<List<Object>> indented(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<Object> copy = new ArrayList<>(r);
            copy.set(0, "  " + r.get(0));
            out.add(copy);
        }
        return out;
    }
}
