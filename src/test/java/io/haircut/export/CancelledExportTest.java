package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.Cancelled;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.files.RuleFiles;
import io.haircut.session.Session;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during an export: no file appears, an existing one is kept, no temporary file is left. */
class CancelledExportTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static AdjustedLedger sample() {
        return Session.empty()
                .withLedger(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger())
                .withRules(RuleFiles.load(Path.of("rules")))
                .adjusted();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theExportTellsTheTotalThenTheRowsWritten() {
        AdjustedLedger adjusted = sample();
        long total = adjusted.ledger().revenue().size() + adjusted.trail().size();
        List<Long> expected = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        AdjustedWorkbookExporter.export(adjusted, dir.resolve("a.xlsx"), Set.of(), false, new io.haircut.Progress() {
            @Override
            public void rows(long rows) {
                reported.add(rows);
            }

            @Override
            public void expect(long totalRows) {
                expected.add(totalRows);
            }
        });
        // 14,329 revenue rows and 1,946 audit-trail rows with the shipped rules (1,941 revenue adjustments, one
        // stripped and four tagged funding rows): 16,275 rows.
        assertThat(expected).containsExactly(16_275L).containsExactly(total);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(16_275L);
    }

    @Test
    void anInterruptStopsTheExportAndLeavesNoFileBehind() throws Exception {
        AdjustedLedger adjusted = sample();
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(adjusted, dir.resolve("a.xlsx"), Set.of(), false,
                rows -> Thread.currentThread().interrupt())).isInstanceOf(Cancelled.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void anInterruptedReplacementKeepsThePreviousFile() throws Exception {
        Path target = Files.writeString(dir.resolve("a.xlsx"), "the previous export");
        AdjustedLedger adjusted = sample();
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(adjusted, target, Set.of(), true,
                rows -> Thread.currentThread().interrupt())).isInstanceOf(Cancelled.class);
        assertThat(files()).containsExactly("a.xlsx");
        assertThat(Files.readString(target)).isEqualTo("the previous export");
    }
}
