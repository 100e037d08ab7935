package io.haircut.workbook;

import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.MappingFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sheets an analyst asked for ({@code --sheets "Income Statement,Revenue"}, or {@code only:} in a
 * mapping file): the others are left out, with one note saying how many; a name no file has is an error
 * naming the sheets there are. Matched ignoring case and punctuation, by sheet name, "file!sheet", or (a
 * CSV file) the file's name.
 */
public final class SheetSelection {

    public static final SheetSelection ALL = new SheetSelection(List.of(), null);

    private final List<String> names;
    private final String source;
    private final Set<String> matched = new LinkedHashSet<>();
    private final List<String> seen = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();

    /** {@code source} says where the names come from, for messages: the shell's option, "map.yaml:3 (only:)". */
    SheetSelection(List<String> names, String source) {
        this.names = List.copyOf(names);
        this.source = source;
    }

    /** The names asked for when importing, else the mapping's {@code only:}, else every sheet. */
    static SheetSelection of(ImportOptions options, ImportMapping mapping) {
        if (!options.sheets().isEmpty()) {
            return new SheetSelection(options.sheets(), options.sheetsNamedBy());
        }
        ImportMapping.Selection s = mapping.selection();
        return s.only().isEmpty() ? ALL : new SheetSelection(s.only(), mapping.path() + ":" + s.onlyLine() + " (only:)");
    }

    /** Whether the sheet is read; remembers it either way. */
    boolean admits(SheetInfo info) {
        String shown = info.sheet() == null ? info.file() : info.sheet();
        seen.add(shown);
        if (names.isEmpty()) {
            return true;
        }
        String file = java.nio.file.Path.of(info.file()).getFileName().toString();
        List<String> keys = info.sheet() == null ? List.of(file, info.tableName(), info.file())
                : List.of(info.sheet(), file + "!" + info.sheet(), info.file() + "!" + info.sheet());
        for (String n : names) {
            if (keys.stream().anyMatch(k -> k != null && Dictionary.key(k).equals(Dictionary.key(n)))) {
                matched.add(n);
                return true;
            }
        }
        leftOut.add(shown);
        return false;
    }

    /** Why a sheet was left out, for inspect. */
    String why() {
        return "not named by " + source;
    }

    /** The one note for the sheets left out; null when none were. */
    String note() {
        if (leftOut.isEmpty()) {
            return null;
        }
        return "read only the sheets named by " + source + " (" + String.join(", ", names) + "); left out " + leftOut.size() + " other"
                + (leftOut.size() == 1 ? "" : "s") + ": " + String.join(", ", leftOut.subList(0, Math.min(8, leftOut.size())))
                + (leftOut.size() > 8 ? ", ..." : "");
    }

    /** The error for a name no file has; null when every name was found. */
    String problem() {
        List<String> missing = names.stream().filter(n -> !matched.contains(n)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        return source + " names " + String.join(", ", missing.stream().map(MappingFiles::quote).toList()) + ", which no file has; the sheets are: "
                + String.join(", ", seen.subList(0, Math.min(12, seen.size()))) + (seen.size() > 12 ? ", ..." : "");
    }
}
