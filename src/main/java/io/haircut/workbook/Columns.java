package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table's header row mapped to column indices: the known columns by name, and every other
 * non-blank header kept as an extra field (so rules can test columns haircut has no name for).
 */
final class Columns {

    private final Map<String, Integer> known = new LinkedHashMap<>();
    private final Map<String, Integer> extra = new LinkedHashMap<>();

    private Columns() {
    }

    /** Reads the header row; fails naming the sheet and row when a required column is missing or doubled. */
    static Columns fromHeader(CanonicalTable table, TableRow header, String where) {
        Columns columns = new Columns();
        Map<String, String> knownNames = new LinkedHashMap<>();
        for (String name : table.required()) {
            knownNames.put(CanonicalTable.normalisedHeader(name), name);
        }
        for (String name : table.optional()) {
            knownNames.put(CanonicalTable.normalisedHeader(name), name);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (RawCell cell : header.cells()) {
            String h = CanonicalTable.normalisedHeader(cell.text());
            Integer previous = seen.putIfAbsent(h, cell.column());
            if (previous != null) {
                throw new ImportException(where + "!" + SourceRef.columnLetters(cell.column()) + header.row()
                        + ": column '" + cell.text().trim() + "' appears twice in the header (also in column "
                        + SourceRef.columnLetters(previous) + "); rename or delete one");
            }
            String name = knownNames.get(h);
            if (name != null) {
                columns.known.put(name, cell.column());
            } else {
                columns.extra.put(h, cell.column());
            }
        }
        List<String> missing = table.required().stream().filter(r -> !columns.known.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            String found = header.cells().stream().map(c -> c.text().trim()).collect(Collectors.joining(", "));
            throw new ImportException(where + ": header row " + header.row() + " has no "
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " column; expected "
                    + String.join(", ", table.required()) + " (found: " + found + ")");
        }
        return columns;
    }

    /** Index of a known column, or -1 when an optional column is absent. */
    int index(String name) {
        return known.getOrDefault(name, -1);
    }

    /** Extra columns by normalised header name. */
    Map<String, Integer> extra() {
        return extra;
    }
}
