package io.haircut.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object in the order its keys are put, as a report lays it out. A value is null, a String, a
 * BigDecimal (money: written as a string rounded to cents), a whole number, a boolean, another object or
 * a list of values. {@link JsonRenderer} writes it.
 */
public final class Json {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Json() {
    }

    public static Json object() {
        return new Json();
    }

    /** Adds {@code key} (or replaces its value, keeping its place). */
    public Json put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** One object per row of {@code table}, keyed by its columns' keys. */
    public static List<Json> rows(Table table) {
        List<Json> out = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Json node = object();
            for (int c = 0; c < table.columns().size(); c++) {
                Object v = row.get(c);
                node.put(table.columns().get(c).key(), v == null || v instanceof Number ? v : v.toString());
            }
            out.add(node);
        }
        return out;
    }
}
