package io.haircut;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message may quote of an input: at most {@link #LENGTH} characters on one line, so an error about
 * a file never echoes the file (a session that points a rule file at a system file, a cell of 10 MB).
 * Where the quoted text was is said beside it by the message (line and column, or cell).
 */
public final class Excerpt {

    /** Enough to recognise a value; short enough that no file is ever shown. */
    public static final int LENGTH = 60;

    /**
     * A quoted span in a message: opened after a space, '(' or the start and closed before anything but
     * a letter, so the apostrophes of "the sheet's" and "file's" never pair up as quotes. A span never runs
     * past its own closing quote, so an excerpt already cut (60 characters and "…") is left as it is.
     */
    private static final Pattern QUOTED = Pattern.compile("(?<=^|[\\s(\\[=:,])(['\"])((?:(?!\\1(?![\\p{L}\\d]))[^\\n]){"
            + (LENGTH + 2) + ",})\\1(?![\\p{L}\\d])");

    private Excerpt() {
    }

    /** {@code text} on one line, cut to {@link #LENGTH} characters with "…" and its full length when longer. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')
                .replaceAll("\\p{Cntrl}", "?");
        if (line.length() <= LENGTH) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
        return line.substring(0, cut) + "\u2026 (" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
    }

    /** {@code text} quoted as {@code '...'}, cut as {@link #of}. */
    public static String quoted(String text) {
        String cut = of(text);
        int more = cut.indexOf("\u2026 (");
        return more < 0 ? "'" + cut + "'" : "'" + cut.substring(0, more) + "\u2026' " + cut.substring(more + 2);
    }

    /** A message with every quoted span longer than {@link #LENGTH} cut to an excerpt: the last guard for all readers. */
    static String cutQuotes(String message) {
        if (message == null || message.length() <= LENGTH) {
            return message;
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String q = m.group(1);
            String cut = of(m.group(2));
            int more = cut.indexOf("\u2026 (");
            String replacement = more < 0 ? q + cut + q : q + cut.substring(0, more) + "\u2026" + q + " " + cut.substring(more + 2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (!any) {
            return message;
        }
        m.appendTail(out);
        return out.toString();
    }
}
