package io.haircut.session;

import java.util.Map;

/**
 * How a ledger was imported: the path as the analyst gave it (a workbook, a CSV file or a folder) and
 * the import's options by name. A password is never kept; {@code open --password} gives it again.
 */
public record ImportSource(String path, Map<String, String> options) {

    public ImportSource {
        options = Map.copyOf(options);
    }

    public static ImportSource of(String path) {
        return new ImportSource(path, Map.of());
    }
}
