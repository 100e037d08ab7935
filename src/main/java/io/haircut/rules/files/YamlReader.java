package io.haircut.rules.files;

import io.haircut.rules.RuleFileException;
import io.haircut.yaml.LocatedYaml;
import io.haircut.yaml.YamlDialect;
import io.haircut.yaml.YamlNode;
import java.util.Optional;

/**
 * Reads a rule or party file's YAML into a located {@link YamlNode} tree ({@link LocatedYaml}), every
 * problem one {@link RuleFileException} line {@code path:line:column: what was wrong; what was expected}.
 */
final class YamlReader {

    /** Deeper than any sensible rule; stops a hostile file before it costs stack. */
    static final int MAX_DEPTH = 40;

    /** Far beyond any hand-written rule file, and below SnakeYAML's own limit (whose error has no place). */
    static final int MAX_CHARACTERS = 1_000_000;

    private static final YamlDialect RULE_FILES = new YamlDialect("rule files", MAX_CHARACTERS, MAX_DEPTH,
            (path, length) -> path + ": the file has " + length + " characters; expected a rule file"
                    + " of at most " + MAX_CHARACTERS + " (split it, or check that this is the right file)",
            "expected one document per file: put every rule under one 'rules:' list, or use one file per rule",
            depth -> "nested more than " + depth + " levels deep; expected a flatter rule",
            "remove the tag (quote the value if it must stay text)",
            (key, line, column) -> "key '" + key + "' appears twice in this mapping (first at line " + line
                    + ", column " + column + "); expected each key once",
            RuleFileException::new);

    private YamlReader() {
    }

    /** The document's root value; empty when the text has no document (blank, or comments only). */
    static Optional<YamlNode> read(String path, String text) {
        return LocatedYaml.read(path, text, RULE_FILES);
    }

    /** Text with its line breaks and runs of spaces folded to single spaces, and no trailing period. */
    static String oneLine(String text) {
        return LocatedYaml.oneLine(text);
    }
}
