package io.haircut.workbook;

import io.haircut.ledger.RevenueEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The import calls the data-room tests make: files as they are, files with a mapping, and revenue added up. */
final class Imports {

    private Imports() {
    }

    static ImportedLedger importing(Path... files) {
        return LedgerImporter.importPaths(List.of(files), ImportOptions.DEFAULTS);
    }

    static ImportedLedger mapped(Path mapping, Path... files) {
        return LedgerImporter.importPaths(List.of(files), new ImportOptions(mapping, null, false));
    }

    /** A mapping file {@code name} in {@code dir}, holding {@code yaml}. */
    static Path mapping(Path dir, String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    static BigDecimal total(List<RevenueEntry> entries) {
        return entries.stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
