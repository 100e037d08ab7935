package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Scenarios;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole frontier-ai export printed: LibreOffice (headless) converts every sheet to PDF, and no page
 * shows {@code ###} (a number wider than its column); each page's header names the company, the month
 * the figures run to and the sheet; the report sheets print on few pages (Summary, Adjusted Revenue and
 * Unit Economics one each). Skipped, with a message, where LibreOffice or poppler-utils is not installed.
 */
class PrintedWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void everySheetPrintsWithoutHashesWithItsPageHeader() throws Exception {
        for (String tool : List.of("soffice", "pdftotext")) {
            if (!ExternalTools.onPath(tool)) {
                String message = "SKIPPED PrintedWorkbookTest: '" + tool + "' is not installed; "
                        + "apt-get install -y libreoffice-calc poppler-utils to run the printing check";
                System.out.println(message);
                Assumptions.abort(message);
            }
        }
        Path workbook = dir.resolve("frontier-ai-adjusted.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(Adjuster.apply(
                LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(), RuleFiles.load(Path.of("rules"))),
                Scenarios.DEFAULTS).workbook(), workbook, Set.of(), false);
        ExternalTools.run(dir, 1200, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), workbook.toString());
        ExternalTools.run(dir, 1200, "pdftotext", "-layout", dir.resolve("frontier-ai-adjusted.pdf").toString(), dir.resolve("all.txt").toString());
        String[] pages = Files.readString(dir.resolve("all.txt"), StandardCharsets.UTF_8).split("\f");

        Map<String, Integer> pagesBySheet = new LinkedHashMap<>();
        for (int i = 0; i < pages.length; i++) {
            String page = pages[i];
            if (page.isBlank()) {
                continue;
            }
            assertThat(page).as("page %d", i + 1).doesNotContain("###");
            String header = page.strip().lines().findFirst().orElseThrow().replaceAll("\\s+", " ");
            // "frontier-ai <sheet> as of 2026-04, exported <time>": the sample's revenue runs to April 2026.
            assertThat(header).as("page %d's header", i + 1).startsWith("frontier-ai ").contains(" as of 2026-04, exported ");
            String sheet = header.substring("frontier-ai ".length(), header.indexOf(" as of "));
            pagesBySheet.merge(sheet, 1, Integer::sum);
            assertThat(page).as("page %d's footer", i + 1).contains("Page " + (i + 1) + " of ");
        }
        assertThat(pagesBySheet).containsEntry("Summary", 1).containsEntry("Adjusted Revenue", 1)
                .containsEntry("Unit Economics", 1);
        assertThat(pagesBySheet.get("Coverage")).isLessThanOrEqualTo(3);
        assertThat(pagesBySheet).containsKeys("Adjustments", "Revenue", "Costs", "Funding", "Cash", "src Revenue");
    }


}
