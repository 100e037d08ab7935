package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources name files relative to what was imported, never by the analyst's local path: an exported
 * workbook (Revenue and Adjustments sheets, audit trail, CSV exports) is read by people without that disk.
 */
class ImportedSourceNamesTest {

    @TempDir
    Path tmp;

    private static final String REVENUE = """
            Date,Customer,Channel,Settlement,Amount
            2025-01-01,Acme,direct,cash,100.00
            2025-02-01,Beta,direct,cash,250.50
            """;

    @Test
    void aFolderImportedByAbsolutePathNamesItsFilesUnderTheFolderName() throws IOException {
        Path room = Files.createDirectories(tmp.resolve("dataroom"));
        Files.writeString(room.resolve("Revenue.csv"), REVENUE);
        Files.writeString(room.resolve("Funding.csv"), """
                Date,Investor,Amount,Form,Status
                2025-01-15,Big Fund,1000000.00,cash,binding
                """);

        Ledger ledger = LedgerImporter.importPath(room.toAbsolutePath()).ledger();

        // Amount is column E; the data rows are rows 2 and 3 of the file.
        assertThat(ledger.revenue()).extracting(e -> e.source().toString())
                .containsExactly("dataroom/Revenue.csv!E2", "dataroom/Revenue.csv!E3");
        assertThat(ledger.funding()).extracting(f -> f.source().toString()).containsExactly("dataroom/Funding.csv!C2");
        assertNoLocalPath(ledger);
    }

    @Test
    void aFileImportedByAbsolutePathIsNamedByItsFileName() throws IOException {
        Path file = tmp.resolve("Revenue.csv");
        Files.writeString(file, REVENUE);

        Ledger ledger = LedgerImporter.importPath(file.toAbsolutePath()).ledger();

        assertThat(ledger.revenue()).extracting(e -> e.source().toString()).containsExactly("Revenue.csv!E2", "Revenue.csv!E3");
        assertNoLocalPath(ledger);
    }

    @Test
    void aFolderGivenAsDotIsNamedByTheFolderItStandsFor() throws IOException {
        Path room = Files.createDirectories(tmp.resolve("q1-room"));
        Files.writeString(room.resolve("Revenue.csv"), REVENUE);

        Ledger ledger = LedgerImporter.importPath(room.resolve(".")).ledger();

        assertThat(ledger.revenue()).extracting(e -> e.source().toString()).startsWith("q1-room/Revenue.csv!E2");
    }

    private void assertNoLocalPath(Ledger ledger) {
        List<RevenueEntry> revenue = ledger.revenue();
        String temp = tmp.toString();
        assertThat(revenue).allSatisfy(e -> {
            assertThat(e.source().file()).doesNotStartWith("/").doesNotContain(temp);
        });
        assertThat(ledger.files()).extracting(SourceFile::path).isNotEmpty();
    }
}
