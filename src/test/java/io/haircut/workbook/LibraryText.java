package io.haircut.workbook;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a library or the JVM that must never reach a message: a Java class name, an exception's
 * name, a null-pointer explanation, POI's formula tokens ("ptg"), and the phrasings POI, the XML parser
 * and Jackson use. A message that holds one of them tells the analyst nothing they can act on.
 */
public final class LibraryText {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|org|com|io)\\.[a-z]\\w*\\.[\\w.$]*");
    private static final Pattern PTG = Pattern.compile("(?i)ptg\\b|\\bptg");
    private static final List<String> PHRASES = List.of("exception", "cannot invoke", "because \"", "is null",
            "workbook environment", "had unexpected type", "can't open the specified file", "cannot get a numeric value",
            "cannot get a string value", "biginteger", "unexpected character", "end-of-input", "must be terminated",
            "xml document structures", "unrecognized field", "not marked as ignorable", "[source:", "line: ", "column: ",
            "stacktrace", "\tat ");

    private LibraryText() {
    }

    /** The first library word in {@code message}, or null when it has none. */
    public static String in(String message) {
        var c = CLASS_NAME.matcher(message);
        if (c.find()) {
            return c.group();
        }
        if (PTG.matcher(message).find()) {
            return "ptg";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return PHRASES.stream().filter(lower::contains).findFirst().orElse(null);
    }
}
