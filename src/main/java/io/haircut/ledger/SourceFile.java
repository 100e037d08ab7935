package io.haircut.ledger;

import java.util.List;

/** A file that was imported, with its SHA-256 so a later reader can tell whether it changed. */
public record SourceFile(String path, String sha256, List<String> sheets) {

    public SourceFile {
        sheets = List.copyOf(sheets);
    }
}
