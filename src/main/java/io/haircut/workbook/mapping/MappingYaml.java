package io.haircut.workbook.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a mapping file's YAML into a tree of values that know their line and column, from the token
 * stream of Jackson's YAML parser: plain data, no binding to classes and no type tags, so a mapping
 * file can never make haircut instantiate anything. Every problem is one line, {@code path:line:column: ...}.
 */
final class MappingYaml {

    static final int MAX_CHARACTERS = 1_000_000;
    private static final int MAX_DEPTH = 20;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    /** A located YAML value. */
    sealed interface Node permits Scalar, Sequence, Mapping {
        int line();

        int column();

        String describe();
    }

    record Scalar(String text, boolean isNull, int line, int column) implements Node {
        @Override
        public String describe() {
            return isNull ? "nothing" : "'" + text + "'";
        }
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Entry(String key, int line, int column, Node value) {
    }

    record Mapping(List<Entry> entries, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a mapping (key: value lines)";
        }
    }

    private final String path;
    private final YAMLParser parser;

    private MappingYaml(String path, YAMLParser parser) {
        this.path = path;
        this.parser = parser;
    }

    /** The document's root, or null for an empty file. */
    static Node read(String path, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new ImportException(path + ": the file has " + text.length() + " characters; a mapping file has at most " + MAX_CHARACTERS);
        }
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            MappingYaml reader = new MappingYaml(path, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = reader.value(first, 0);
            if (parser.nextToken() != null) {
                throw reader.error(parser.currentTokenLocation(), "a second YAML document starts here; a mapping file holds one");
            }
            return root instanceof Scalar s && s.isNull() ? null : root;
        } catch (StreamReadException e) {
            throw syntaxError(path, e);
        } catch (IOException e) {
            throw new ImportException(path + ": cannot read the YAML: " + Causes.of(e), e);
        }
    }

    private Node value(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw error(at, "nested more than " + MAX_DEPTH + " levels deep");
        }
        if (parser.isCurrentAlias()) {
            throw error(at, "alias '*" + parser.getText() + "' is not supported in mapping files; write the value out in full");
        }
        if (parser.getTypeId() != null) {
            throw error(at, "YAML tag '" + parser.getTypeId() + "' is not supported in mapping files; remove it (quote the value to keep it text)");
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, depth);
            case START_ARRAY -> sequence(at, depth);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_EMBEDDED_OBJECT ->
                    new Scalar(parser.getText(), false, at.getLineNr(), at.getColumnNr());
            case VALUE_NULL -> new Scalar("", true, at.getLineNr(), at.getColumnNr());
            default -> throw error(at, "unexpected " + token + "; expected a value, a list or a mapping");
        };
    }

    private Node mapping(JsonLocation start, int depth) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            if (t != JsonToken.FIELD_NAME) {
                throw error(keyAt, "unexpected " + t + "; expected 'key: value'");
            }
            String key = parser.currentName();
            Entry first = seen.get(key);
            if (first != null) {
                throw error(keyAt, "key '" + key + "' appears twice here (first at line " + first.line() + "); give each key once");
            }
            Node value = value(parser.nextToken(), depth + 1);
            Entry entry = new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value);
            seen.put(key, entry);
            entries.add(entry);
        }
        return new Mapping(entries, start.getLineNr(), start.getColumnNr());
    }

    private Node sequence(JsonLocation start, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t, depth + 1));
        }
        return new Sequence(items, start.getLineNr(), start.getColumnNr());
    }

    private ImportException error(JsonLocation at, String message) {
        return new ImportException(path + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }

    private static ImportException syntaxError(String path, StreamReadException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                Mark at = m.getProblemMark();
                return new ImportException(path + ":" + (at.getLine() + 1) + ":" + (at.getColumn() + 1) + ": YAML syntax error: "
                        + io.haircut.YamlWords.problem(m.getProblem(), m.getContext()), e);
            }
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? path : path + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new ImportException(where + ": YAML syntax error: " + io.haircut.YamlWords.problem(e.getOriginalMessage(), null), e);
    }
}
