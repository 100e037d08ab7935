package io.haircut.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as one value, whatever it is shown in: the blocks the screen shows (tables and lines of text),
 * the table CSV writes one record per row of, and the shape JSON writes. Each report builds one; the
 * three renderers ({@link ScreenRenderer}, {@link CsvRenderer}, {@link JsonRenderer}) are the same for all.
 *
 * @param screen what the terminal shows, in order
 * @param records the rows written as CSV
 * @param json the object written as JSON
 */
public record Report(List<Block> screen, Table records, Json json) {

    /** A part of the screen: a table, or text. */
    public sealed interface Block permits Table, Text {
    }

    /** Text shown as it is. */
    public record Text(String text) implements Block {

        /** Each line followed by a line break. */
        public static Text lines(List<String> lines) {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l).append('\n'));
            return new Text(out.toString());
        }

        public static Text lines(String... lines) {
            return lines(List.of(lines));
        }
    }

    public Report {
        screen = List.copyOf(screen);
    }

    /**
     * One table shown as it is, written as CSV, and as {@code {"title", "<key>": [row objects], "notes": [...]}}
     * in JSON (blank notes left out).
     */
    public static Report of(Table table, String jsonKey) {
        return new Report(List.of(table), table, Json.object().put("title", table.title()).put(jsonKey, Json.rows(table))
                .put("notes", table.notes().stream().map(String::strip).filter(n -> !n.isEmpty()).toList()));
    }

    /** This report with {@code lines} shown above it on the screen (a note on what the figures include). */
    public Report under(List<String> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Text.lines(lines));
        blocks.addAll(screen);
        return new Report(blocks, records, json);
    }
}
