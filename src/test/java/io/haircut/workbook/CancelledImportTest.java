package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.Cancelled;
import io.haircut.RowCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the shell interrupts the command's thread; imports stop between rows and keep nothing. */
class CancelledImportTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Path revenueCsv(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("Date,Customer,Channel,Settlement,Amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append("2025-03-14,Customer ").append(i % 50).append(",direct,cash,").append(i).append(".25\n");
        }
        return Files.writeString(dir.resolve("Revenue.csv"), csv);
    }

    @Test
    void progressIsToldTheRowsReadEveryFewHundredRowsAndAtTheEnd() throws Exception {
        Path csv = revenueCsv(2_000);
        List<Long> reported = new ArrayList<>();
        ImportedLedger imported = LedgerImporter.importPath(csv, reported::add);
        assertThat(imported.ledger().revenue()).hasSize(2_000);
        // 2,001 rows with the header: a report at 512, 1,024 and 1,536 rows, then the total.
        assertThat(reported).containsExactly((long) RowCounter.EVERY, 2L * RowCounter.EVERY, 3L * RowCounter.EVERY, 2_001L);
    }

    @Test
    void anInterruptDuringTheImportStopsItWithCancelledAndClearsTheInterrupt() throws Exception {
        Path csv = revenueCsv(5_000);
        // Interrupt at the first report (512 rows); the reader notices at its next check (1,024 rows).
        List<Long> reported = new ArrayList<>();
        assertThatThrownBy(() -> LedgerImporter.importPath(csv, rows -> {
            reported.add(rows);
            Thread.currentThread().interrupt();
        })).isInstanceOf(Cancelled.class).hasMessage("cancelled");
        assertThat(reported).containsExactly((long) RowCounter.EVERY);
        assertThat(Thread.currentThread().isInterrupted()).as("the shell can read the next line").isFalse();
    }

    @Test
    void anInterruptAfterTheLastCheckStillCancelsBeforeAnythingIsKept() throws Exception {
        Path csv = revenueCsv(10); // fewer rows than one check: only the final check sees the interrupt
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> LedgerImporter.importPath(csv)).isInstanceOf(Cancelled.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aWorkbookImportStopsTooAndTheWorkbookIsUntouched() throws Exception {
        Path workbook = Files.copy(Path.of("samples/frontier-ai.xlsx"), dir.resolve("frontier-ai.xlsx"));
        byte[] before = Files.readAllBytes(workbook);
        assertThatThrownBy(() -> LedgerImporter.importPath(workbook, rows -> Thread.currentThread().interrupt()))
                .isInstanceOf(Cancelled.class);
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }
}
