package io.haircut.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a report in the terminal: its blocks in order. A table is its title, the column headings, the
 * rows with every column as wide as its widest cell (text left-aligned, figures right-aligned, money
 * grouped with negatives in parentheses), and the lines under it; trailing spaces are cut. Text in a
 * table is made printable; text is shown as it is.
 */
public final class ScreenRenderer {

    private ScreenRenderer() {
    }

    public static String text(Report report) {
        StringBuilder out = new StringBuilder();
        for (Report.Block block : report.screen()) {
            out.append(block instanceof Table t ? text(t) : ((Report.Text) block).text());
        }
        return out.toString();
    }

    public static String text(Table table) {
        List<Table.Column> columns = table.columns();
        List<String[]> lines = new ArrayList<>();
        if (table.header()) {
            lines.add(columns.stream().map(Table.Column::heading).toArray(String[]::new));
        }
        List<String> spanning = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            if (row.size() < columns.size()) {
                // A shorter row (a heading inside the table, a blank line) spans it and sets no width.
                spanning.add(String.join(" ", row.stream().map(c -> Figures.printable(String.valueOf(c))).toList()));
                lines.add(null);
                continue;
            }
            String[] line = new String[columns.size()];
            for (int c = 0; c < line.length; c++) {
                line[c] = cell(columns.get(c), row.get(c));
            }
            lines.add(line);
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            Table.Column column = columns.get(c);
            int width = column.minWidth();
            for (int i = 0; i < lines.size(); i++) {
                String[] line = lines.get(i);
                boolean heading = table.header() && i == 0;
                if (line != null && !(column.dotted() && heading)) {
                    width = Math.max(width, line[c].length() + (column.dotted() ? 2 : 0));
                }
            }
            widths[c] = width;
        }
        StringBuilder out = new StringBuilder();
        if (table.title() != null) {
            out.append(Figures.printable(table.title())).append('\n');
        }
        int span = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            if (line == null) {
                out.append(spanning.get(span++)).append('\n');
                continue;
            }
            boolean heading = table.header() && i == 0;
            StringBuilder l = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                Table.Column column = columns.get(c);
                if (c > 0) {
                    l.append(" ".repeat(column.gap()));
                }
                if (column.dotted() && !heading && !line[c].isEmpty()) {
                    l.append(line[c]).append(' ').append(".".repeat(Math.max(1, widths[c] - line[c].length() - 1)));
                } else {
                    l.append(column.right() ? Figures.padLeft(line[c], widths[c]) : Figures.padRight(line[c], widths[c]));
                }
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        table.notes().forEach(n -> out.append(Figures.printable(n)).append('\n'));
        return out.toString();
    }

    private static String cell(Table.Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal money) {
            return Figures.grouped(money);
        }
        if (value instanceof Number n && column.kind() == Table.Kind.COUNT) {
            return Figures.count(n.longValue());
        }
        return Figures.printable(value.toString());
    }
}
