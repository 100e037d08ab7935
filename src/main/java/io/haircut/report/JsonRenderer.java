package io.haircut.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes a report's JSON shape in the one layout of {@link JsonLayout}; money as 2-decimal strings. */
public final class JsonRenderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonRenderer() {
    }

    public static String text(Report report) {
        return text(report.json());
    }

    public static String text(Json json) {
        try {
            return JsonLayout.WRITER.writeValueAsString(node(json)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    private static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Json json) {
            ObjectNode object = NODES.objectNode();
            json.fields().forEach((k, v) -> object.set(k, node(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(node(v)));
            return array;
        }
        if (value instanceof BigDecimal money) {
            return NODES.textNode(Figures.plain(money));
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(value.toString());
    }
}
