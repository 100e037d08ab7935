package io.haircut.shell.terminal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notes and warnings that stay readable however many there are: notes of one kind (the same words about
 * different files, cells or numbers) show the first {@value #SHOWN} and a count of the rest, and no note
 * runs longer than {@value #LINES} screen lines. {@code --verbose} shows every one in full.
 */
final class NoteList {

    static final int SHOWN = 5;
    static final int LINES = 3;
    private static final int PIPED_WIDTH = 80;

    private NoteList() {
    }

    /** The lines for {@code notes}, each "  LABEL: text", grouped and cut unless {@code verbose}. */
    static List<String> lines(String label, List<String> notes, boolean verbose, int width) {
        List<String> out = new ArrayList<>();
        if (verbose) {
            notes.forEach(n -> out.add("  " + label + ": " + n));
            return out;
        }
        int longest = (width > 0 ? width : PIPED_WIDTH) * LINES;
        Map<String, List<String>> groups = new LinkedHashMap<>();
        notes.forEach(n -> groups.computeIfAbsent(kind(n), k -> new ArrayList<>()).add(n));
        for (List<String> group : groups.values()) {
            int shown = group.size() <= SHOWN + 1 ? group.size() : SHOWN;
            group.subList(0, shown).forEach(n -> out.add(cut("  " + label + ": " + n, longest)));
            if (shown < group.size()) {
                out.add(String.format(Locale.ROOT, "  %s: ... and %,d more like these (import --verbose lists them all)",
                        label, group.size() - shown));
            }
        }
        return out;
    }

    /**
     * What a note says with its particulars taken out: a leading place ("q3.csv: ", "book.xlsx!Revenue!B4: "),
     * quoted values and numbers. Notes of one kind differ only in those.
     */
    static String kind(String note) {
        String rest = note;
        int colon = rest.indexOf(": ");
        if (colon > 0 && rest.substring(0, colon).matches(".*[./!\\\\].*") && !rest.substring(0, colon).contains(" ")) {
            rest = rest.substring(colon + 2);
        }
        return rest.replaceAll("'[^']*'", "'?'").replaceAll("\"[^\"]*\"", "\"?\"").replaceAll("\\d[\\d,.]*", "#");
    }

    private static String cut(String line, int longest) {
        if (line.length() <= longest) {
            return line;
        }
        String more = String.format(Locale.ROOT, "\u2026 (%,d characters; --verbose shows all)", line.length());
        return line.substring(0, Math.max(0, longest - more.length())) + more;
    }
}
