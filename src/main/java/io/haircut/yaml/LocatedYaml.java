package io.haircut.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.haircut.Causes;
import io.haircut.YamlWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a located {@link YamlNode} tree from the token stream of Jackson's YAML parser,
 * for rule files and mapping files alike. No data binding and no type resolution: scalars stay text,
 * tags and aliases are refused, so a file can never make haircut instantiate anything, and every problem,
 * including YAML syntax errors, becomes one line {@code path:line:column: what was wrong; what was expected},
 * thrown as the {@link YamlDialect}'s exception.
 */
public final class LocatedYaml {

    /** An empty plain value ({@code view:}) reads as nothing, like {@code ~}; the builder leaves this off. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    private final String path;
    private final YAMLParser parser;
    private final YamlDialect dialect;

    private LocatedYaml(String path, YAMLParser parser, YamlDialect dialect) {
        this.path = path;
        this.parser = parser;
        this.dialect = dialect;
    }

    /** The document's root value; empty when the text has no document (blank, or comments only). */
    public static Optional<YamlNode> read(String path, String text, YamlDialect dialect) {
        if (text.length() > dialect.maxCharacters()) {
            throw dialect.fail(dialect.tooLong().apply(path, text.length()));
        }
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            LocatedYaml reader = new LocatedYaml(path, parser, dialect);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = reader.value(first, 0);
            if (parser.nextToken() != null) {
                throw reader.error(parser.currentTokenLocation(), "a second YAML document starts here; " + dialect.oneDocument());
            }
            if (root instanceof YamlNode.Scalar s && s.isNull()) {
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (StreamReadException e) {
            throw syntaxError(path, e, dialect);
        } catch (IOException e) {
            // Reading from a String does no I/O; a parser failure is reported like a syntax error.
            throw dialect.fail(path + ": cannot read the YAML: " + Causes.of(e), e);
        }
    }

    private YamlNode value(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > dialect.maxDepth()) {
            throw error(at, dialect.tooDeep().apply(dialect.maxDepth()));
        }
        if (parser.isCurrentAlias()) {
            throw error(at, "alias '*" + parser.getText() + "' is not supported in " + dialect.files() + "; write the value out in full");
        }
        if (parser.getTypeId() != null) {
            throw error(at, "YAML tag '" + parser.getTypeId() + "' is not supported in " + dialect.files() + "; " + dialect.tagAdvice());
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, depth);
            case START_ARRAY -> sequence(at, depth);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_EMBEDDED_OBJECT ->
                    new YamlNode.Scalar(parser.getText(), false, at.getLineNr(), at.getColumnNr());
            case VALUE_NULL -> new YamlNode.Scalar(parser.getText() == null ? "" : parser.getText(), true,
                    at.getLineNr(), at.getColumnNr());
            default -> throw error(at, "unexpected " + token + "; expected a value, a list or a mapping");
        };
    }

    private YamlNode mapping(JsonLocation start, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            if (t != JsonToken.FIELD_NAME) {
                throw error(keyAt, "unexpected " + t + "; expected 'key: value'");
            }
            if (parser.isCurrentAlias()) {
                throw error(keyAt, "alias '*" + parser.currentName() + "' is not supported in " + dialect.files() + "; write the key out");
            }
            String key = parser.currentName();
            YamlNode.Entry first = seen.get(key);
            if (first != null) {
                throw error(keyAt, dialect.duplicateKey().message(key, first.line(), first.column()));
            }
            YamlNode value = value(parser.nextToken(), depth + 1);
            YamlNode.Entry entry = new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value);
            seen.put(key, entry);
            entries.add(entry);
        }
        return new YamlNode.Mapping(entries, start.getLineNr(), start.getColumnNr());
    }

    private YamlNode sequence(JsonLocation start, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t, depth + 1));
        }
        return new YamlNode.Sequence(items, start.getLineNr(), start.getColumnNr());
    }

    private RuntimeException error(JsonLocation at, String message) {
        return dialect.fail(path + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }

    /**
     * A YAML syntax error as one line. SnakeYAML's own marks are used when present: Jackson's location
     * can trail the problem (for a tab it names the line before).
     */
    private static RuntimeException syntaxError(String path, StreamReadException e, YamlDialect dialect) {
        MarkedYAMLException marked = null;
        for (Throwable c = e; c != null && marked == null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                marked = m;
            }
        }
        if (marked != null && marked.getProblemMark() != null) {
            Mark problemAt = marked.getProblemMark();
            StringBuilder what = new StringBuilder(path).append(':').append(problemAt.getLine() + 1).append(':')
                    .append(problemAt.getColumn() + 1).append(": YAML syntax error: ")
                    .append(YamlWords.problem(marked.getProblem(), marked.getContext()));
            Mark contextAt = marked.getContextMark();
            if (marked.getContext() != null && contextAt != null
                    && (contextAt.getLine() != problemAt.getLine() || contextAt.getColumn() != problemAt.getColumn())) {
                what.append(" (it starts at line ").append(contextAt.getLine() + 1).append(", column ")
                        .append(contextAt.getColumn() + 1).append(')');
            }
            return dialect.fail(what.toString(), e);
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? path : path + ":" + at.getLineNr() + ":" + at.getColumnNr();
        String original = oneLine(e.getOriginalMessage());
        if (original.startsWith("Expected a field name")) {
            return dialect.fail(where + ": a key must be plain text; expected 'key: value'", e);
        }
        return dialect.fail(where + ": YAML syntax error: " + YamlWords.problem(original, null), e);
    }

    /** Text with its line breaks and runs of spaces folded to single spaces, and no trailing period. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.replaceAll("\\s+", " ").trim();
        return folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    }
}
