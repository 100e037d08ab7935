package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Summary as a person sees it: LibreOffice (headless) prints the frontier-ai workbook's first page to
 * PDF, and the page's text must show the bridge's figures in the Summary's number format. Skipped, with a
 * message on the console, where LibreOffice or poppler-utils is not installed (CI has neither); the same
 * check, plus a PNG of the page, is {@code src/test/scripts/render-check.sh}.
 */
class SummaryRenderingTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryPrintsOnOnePageWithTheBridgesFigures() throws Exception {
        for (String tool : List.of("soffice", "pdftotext")) {
            if (!ExternalTools.onPath(tool)) {
                String message = "SKIPPED SummaryRenderingTest: '" + tool + "' is not installed; "
                        + "apt-get install -y libreoffice-calc poppler-utils to run the rendering check";
                System.out.println(message);
                Assumptions.abort(message);
            }
        }
        Path workbook = dir.resolve("frontier-ai-adjusted.xlsx");
        AdjustedWorkbookExporter.export(Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules"))), workbook, Set.of(), false);

        // Every page, not only the first: the Summary must fit on page 1 by itself.
        ExternalTools.run(dir, 180, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf:calc_pdf_Export:{\"PageRange\":{\"type\":\"string\",\"value\":\"1-2\"}}",
                "--outdir", dir.toString(), workbook.toString());
        Path pdf = dir.resolve("frontier-ai-adjusted.pdf");
        assertThat(pdf).exists();
        ExternalTools.run(dir, 180, "pdftotext", "-layout", "-f", "1", "-l", "2", pdf.toString(), dir.resolve("pages.txt").toString());
        String[] pages = Files.readString(dir.resolve("pages.txt"), StandardCharsets.UTF_8).split("\f");
        String summary = pages[0];

        // README's bridge, as the Summary's formats show it: $, thousands separators, negatives in parentheses.
        assertThat(summary).contains("frontier-ai: revenue, reported to adjusted")
                .contains("$10,802,729,880.11")
                .contains("($896,634,299.57)")
                .contains("$9,906,095,580.54")
                .contains("($392,246,442.81)")
                .contains("$9,513,849,137.73")
                .contains("88.1%") // 9,513,849,137.73 / 10,802,729,880.11 = 0.8807
                .contains("ASC 606-10-32-21..24")
                .contains("Revenue bridge, reported to adjusted (USD)");
        // The second page is the next sheet: nothing of the Summary spilled over.
        assertThat(pages[1]).doesNotContain("Files imported").contains("Revenue by month, reported to adjusted");
    }


}
