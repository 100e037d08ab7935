package io.haircut;

import java.util.Locale;

/**
 * A YAML syntax problem in haircut's words. The YAML parser's own phrases ("mapping values are not allowed
 * here", "expected &lt;block end&gt;") are its jargon; the analyst gets what is wrong and what to do,
 * and the place (line and column) beside it.
 */
public final class YamlWords {

    private YamlWords() {
    }

    /** The problem at the marked place, from the parser's problem and context text (either may be null). */
    public static String problem(String parserProblem, String parserContext) {
        String p = parserProblem == null ? "" : parserProblem.toLowerCase(Locale.ROOT);
        String c = parserContext == null ? "" : parserContext.toLowerCase(Locale.ROOT);
        if (p.contains("(tab)") || p.contains("\\t") || p.contains("tab character")) {
            return "a tab character where YAML allows only spaces; indent with spaces, not tabs";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a second ': ' on one line; a value that contains ': ' must be quoted, e.g. description: 'Credits: not cash'";
        }
        if (p.contains("end of stream") && (c.contains("quoted") || p.contains("quot"))) {
            return "a quote is opened and never closed; close the quote";
        }
        if (c.contains("quoted") || p.contains("escape")) {
            return "a quoted value is not written right here (a quote inside single quotes is written twice: 'it''s')";
        }
        if (p.contains("could not find expected ':'") || p.contains("did not find expected key")) {
            return "expected 'key: value' here; check the indentation (spaces, lined up under the key above)";
        }
        if (p.contains("block end") || p.contains("block mapping") || c.contains("block mapping") || c.contains("block collection")) {
            return "this line is not lined up with the lines above; check the indentation (spaces, lined up under the key above)";
        }
        if (p.contains("alias") || p.contains("anchor")) {
            return "'&' and '*' (anchors and aliases) are not used in haircut's files; write the value out, quoted if it starts with & or *";
        }
        if (p.contains("cannot start any token")) {
            return "a value starts with a character YAML reserves (such as @ or `); quote the value";
        }
        if (p.contains("document separator") || p.contains("document start")) {
            return "a line '---' or '...' starts another document; haircut's files hold one";
        }
        return "the YAML cannot be read here; expected 'key: value' lines, indented with spaces, and quotes closed";
    }
}
