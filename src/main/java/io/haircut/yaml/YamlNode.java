package io.haircut.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value as a rule or mapping file wrote it, with the 1-based line and column where it starts: the tree
 * {@link LocatedYaml} builds so every error can point at its place. Scalars keep their text exactly
 * as written (no numbers, booleans or dates are made from them); these files are data, never code.
 */
public sealed interface YamlNode {

    int line();

    int column();

    /** How the node reads in an error message: {@code 'strp'}, "nothing", "a list", "a mapping". */
    String describe();

    /** A single value; {@code isNull} for an empty value, {@code ~} or an unquoted {@code null}. */
    record Scalar(String text, boolean isNull, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return isNull ? "nothing" : io.haircut.Excerpt.quoted(text);
        }
    }

    /** A list: {@code - a} items or {@code [a, b]}. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** {@code key: value} pairs in the order written; keys are unique (the reader refuses repeats). */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> get(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping (key: value lines)";
        }
    }

    /** One {@code key: value} pair; the line and column are the key's. */
    record Entry(String key, int line, int column, YamlNode value) {
    }
}
