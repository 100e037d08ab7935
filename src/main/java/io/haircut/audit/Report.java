package io.haircut.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of rows that renders as terminal text, CSV or JSON, the same way for every audit report.
 * Money cells are exact BigDecimals until here; this is where they are rounded, half-even to cents,
 * once. Text from the ledger or rule files is made printable in the terminal and guarded in CSV.
 */
public record Report(String title, List<Column> columns, List<List<Object>> rows, List<String> footer) {

    /** A column: its heading in the table, its key in CSV and JSON, and what it holds. */
    public record Column(String heading, String key, Kind kind) {
        static Column text(String heading, String key) {
            return new Column(heading, key, Kind.TEXT);
        }

        static Column money(String heading, String key) {
            return new Column(heading, key, Kind.MONEY);
        }

        static Column count(String heading, String key) {
            return new Column(heading, key, Kind.COUNT);
        }

        boolean money() {
            return kind == Kind.MONEY;
        }

        boolean right() {
            return kind != Kind.TEXT;
        }
    }

    /** Text (left-aligned), money (a BigDecimal, rounded to cents when shown) or a count (a long). */
    public enum Kind {
        TEXT, MONEY, COUNT
    }

    private static final ObjectWriter JSON = io.haircut.export.JsonLayout.WRITER;

    public Report {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        footer = List.copyOf(footer);
    }

    /** Title, a header row, aligned rows (money right-aligned, negatives in parentheses), then the footer lines. */
    public String table() {
        List<String[]> cells = new ArrayList<>();
        String[] header = columns.stream().map(c -> c.money() ? c.heading() + " " : c.heading()).toArray(String[]::new);
        // Money ends in ")" or a space (see grouped), so its heading ends in a space to sit over the digits.
        cells.add(header);
        for (List<Object> row : rows) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < line.length; c++) {
                Object v = row.get(c);
                line[c] = v == null ? "" : switch (columns.get(c).kind()) {
                    case MONEY -> grouped((BigDecimal) v);
                    case COUNT -> String.format(java.util.Locale.ROOT, "%,d", ((Number) v).longValue());
                    case TEXT -> printable(v.toString());
                };
            }
            cells.add(line);
        }
        int[] widths = new int[columns.size()];
        for (String[] line : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder(printable(title)).append('\n');
        if (!rows.isEmpty()) {
            for (String[] line : cells) {
                StringBuilder l = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    if (c > 0) {
                        l.append("  ");
                    }
                    String pad = " ".repeat(widths[c] - line[c].length());
                    l.append(columns.get(c).right() ? pad + line[c] : line[c] + pad);
                }
                out.append(l.toString().stripTrailing()).append('\n');
            }
        }
        footer.forEach(f -> out.append(printable(f)).append('\n'));
        return out.toString();
    }

    /** One record per row under a header of the column keys; money as plain decimals, text guarded. */
    public String csv() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.stream().map(Column::key).toArray(String[]::new))
                .setRecordSeparator("\n").get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                List<String> record = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    Object v = row.get(c);
                    record.add(v == null ? null : switch (columns.get(c).kind()) {
                        case MONEY -> plain((BigDecimal) v);
                        case COUNT -> Long.toString(((Number) v).longValue());
                        case TEXT -> guard(v.toString());
                    });
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /** {@code {"title": ..., "<arrayKey>": [{column key: value, ...}], "notes": [...]}}; money as 2-decimal strings. */
    public String json(String arrayKey) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("title", title);
        fill(root.putArray(arrayKey));
        ArrayNode notes = root.putArray("notes");
        footer.stream().map(String::strip).filter(f -> !f.isEmpty()).forEach(notes::add);
        return write(root);
    }

    /** {@code {"title": ..., "<key>": [...], ...}}: several reports' rows under their keys, in order. */
    public static String json(String title, java.util.LinkedHashMap<String, Report> arrays) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("title", title);
        arrays.forEach((key, report) -> report.fill(root.putArray(key)));
        return write(root);
    }

    private void fill(ArrayNode array) {
        for (List<Object> row : rows) {
            ObjectNode node = array.addObject();
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(c);
                String key = columns.get(c).key();
                if (v == null) {
                    node.putNull(key);
                } else if (columns.get(c).money()) {
                    node.put(key, plain((BigDecimal) v));
                } else if (columns.get(c).kind() == Kind.COUNT) {
                    node.put(key, ((Number) v).longValue());
                } else {
                    node.put(key, v.toString());
                }
            }
        }
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    /** The amount rounded half-even to cents as a plain decimal: {@code -1234.50}. */
    static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The amount rounded half-even to cents, with thousands separators; a negative in parentheses. */
    static String grouped(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
        String digits = cents.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder whole = new StringBuilder(digits.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        String text = whole + digits.substring(point);
        return cents.signum() < 0 ? "(" + text + ")" : text + " ";
    }

    /** Control characters from a file would move the cursor or recolour the terminal; show them as '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /**
     * CSV injection guard (OWASP), as the export package does for its files: text starting with
     * {@code = + - @}, a tab or a carriage return gets a leading single quote so a spreadsheet shows it as text.
     */
    static String guard(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The rows with their first cell indented, for a table printed under a heading. */
    static List<List<Object>> indented(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<Object> copy = new ArrayList<>(r);
            copy.set(0, "  " + r.get(0));
            out.add(copy);
        }
        return out;
    }
}
