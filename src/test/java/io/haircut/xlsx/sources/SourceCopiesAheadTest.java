package io.haircut.xlsx.sources;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.text;
import static io.haircut.xlsx.WorkbookSourcesTest.formatted;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.Progress;
import io.haircut.RowCounter;
import io.haircut.bridge.Bridges;
import io.haircut.ledger.Ledger;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import io.haircut.xlsx.WorkbookContents;
import io.haircut.xlsx.WorkbookSourcesTest;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source copies written ahead, after the import, make the same workbook as copies written by the export
 * itself, and are taken only when they copied the same files for a workbook with the same styles.
 */
class SourceCopiesAheadTest {

    private static final SheetSplit SIX_ROWS = new SheetSplit(6);

    @TempDir
    Path dir;

    private RuleSet rules;

    @BeforeEach
    void rules() throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/cloud.yaml"), WorkbookSourcesTest.CLOUD_RULE);
        rules = RuleFiles.load(dir.resolve("rules"));
    }

    @Test
    void aWorkbookWithCopiesWrittenAheadIsTheSameAsOneThatCopiesItsSources() throws Exception {
        for (Path input : List.of(xlsx("Acme Corp"), xls(), csv())) {
            AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(input).ledger(), rules);
            try (SourceCopiesAhead ahead = written(adjusted.ledger())) {
                Map<String, byte[]> copiedByExport = parts(export(adjusted, null, "itself.xlsx"));
                Map<String, byte[]> takenAhead = parts(export(adjusted, ahead, "ahead.xlsx"));

                assertThat(takenAhead.keySet()).as(input.toString()).isEqualTo(copiedByExport.keySet());
                assertThat(takenAhead.keySet()).as(input.toString()).anyMatch(p -> p.startsWith("xl/worksheets/"));
                // Every part the same; the core properties hold the time the workbook was made.
                copiedByExport.forEach((part, bytes) -> {
                    if (!part.equals("docProps/core.xml")) {
                        assertThat(new String(takenAhead.get(part), java.nio.charset.StandardCharsets.UTF_8))
                                .as(input.getFileName() + ": " + part)
                                .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    }
                });
            }
        }
    }

    @Test
    void theExportTakesTheRowsWrittenAheadRatherThanReadingTheSourceAgain() throws Exception {
        Path input = xlsx("Acme Corp");
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(input).ledger(), rules);
        try (SourceCopiesAhead ahead = written(adjusted.ledger())) {
            // The file rewritten after its copy was written (an export checks the file's SHA-256 first and
            // refuses a changed file; this writes the workbook directly, to see where the copy's rows come from).
            xlsx("Zeta Corp");

            try (XSSFWorkbook taken = open(export(adjusted, ahead, "ahead.xlsx"));
                    XSSFWorkbook readAgain = open(export(adjusted, null, "itself.xlsx"))) {
                assertThat(text(taken.getSheet("src Revenue"), "B2")).isEqualTo("Acme Corp");
                assertThat(text(readAgain.getSheet("src Revenue"), "B2")).isEqualTo("Zeta Corp");
            }
        }
    }

    @Test
    void copiesForAnotherCurrencyOrSplitOrClosedAreNotTaken() throws Exception {
        Ledger ledger = LedgerImporter.importPath(csv()).ledger();
        List<SourceCopies.Copy> copies = SourceCopies.plan(ledger.files(), SIX_ROWS);
        List<String> styles;
        try (XSSFWorkbook book = new XSSFWorkbook(); StreamedWorkbook rows = new StreamedWorkbook(book)) {
            SourceCopies.layOut(ledger.files(), copies, book, rows, new Cells(book, "USD").header);
            styles = SourceCopies.styles(book);
        }
        SourceCopiesAhead ahead = written(ledger);
        assertThat(ahead.matches(copies, "USD", styles)).isTrue();
        assertThat(ahead.matches(copies, "EUR", styles)).isFalse();
        assertThat(ahead.matches(SourceCopies.plan(ledger.files(), SheetSplit.EXCEL), "USD", styles)).isFalse();
        assertThat(ahead.matches(copies, "USD", styles.subList(0, styles.size() - 1))).isFalse();
        ahead.close();
        assertThat(ahead.matches(copies, "USD", styles)).isFalse();
    }

    @Test
    void copiesClosedWhileTheyAreBeingLaidOutAreNeverTakenAndNothingWaitsForThem() throws Exception {
        Ledger ledger = LedgerImporter.importPath(xlsx("Acme Corp")).ledger();
        List<SourceCopies.Copy> copies = SourceCopies.plan(ledger.files(), SheetSplit.EXCEL);
        for (int i = 0; i < 5; i++) { // closed at once: before, during or after the background thread lays them out
            SourceCopiesAhead ahead = SourceCopiesAhead.start(ledger);
            ahead.close();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> assertThat(ahead.matches(copies, "USD", List.of())).isFalse());
        }
    }

    @Test
    void aFileChangedBeforeItsCopyStartedIsNotCopiedAhead() throws Exception {
        Ledger ledger = LedgerImporter.importPath(xlsx("Acme Corp")).ledger();
        xlsx("Zeta Corp");
        try (SourceCopiesAhead ahead = SourceCopiesAhead.startHere(ledger.files(), "USD", SIX_ROWS)) {
            List<SourceCopies.Copy> copies = SourceCopies.plan(ledger.files(), SIX_ROWS);
            assertThat(ahead.matches(copies, "USD", List.of())).isFalse();
        }
    }

    /** Copies of {@code ledger}'s files written ahead, in dollars and in sheets of six rows, their rows all written. */
    private static SourceCopiesAhead written(Ledger ledger) {
        SourceCopiesAhead ahead = SourceCopiesAhead.startHere(ledger.files(), "USD", SIX_ROWS);
        for (SourceCopies.Copy c : SourceCopies.plan(ledger.files(), SIX_ROWS)) {
            c.parts().forEach(part -> ahead.rows(part).join());
        }
        return ahead;
    }

    private Path export(AdjustedLedger adjusted, SourceCopiesAhead ahead, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            AdjustedWorkbookExporter.write(WorkbookContents.of(adjusted), Bridges.total(adjusted), Bridges.byDatedMonth(adjusted),
                    out, new RowCounter(Progress.NONE), SIX_ROWS, ahead);
        }
        return file;
    }

    /** Every part of a workbook, inflated, by name. */
    private static Map<String, byte[]> parts(Path workbook) throws Exception {
        Map<String, byte[]> parts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(workbook); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    /** A workbook of eight revenue rows (more than a six-row sheet), dates and amounts formatted, the first customer named. */
    private Path xlsx(String firstCustomer) throws Exception {
        Path file = dir.resolve("pnl.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = formatted(book, "yyyy-mm-dd");
            CellStyle amount = formatted(book, "#,##0.00");
            Sheet revenue = book.createSheet("Revenue");
            header(revenue.createRow(0));
            for (int i = 1; i <= 8; i++) {
                Row row = revenue.createRow(i);
                row.createCell(0).setCellValue(LocalDate.of(2026, 3, i));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(i == 1 ? firstCustomer : "Customer " + i);
                row.createCell(2).setCellValue("direct");
                row.createCell(3).setCellValue(i % 3 == 0 ? "cloud-credit" : "cash");
                row.createCell(4).setCellValue(100.25 * i);
                row.getCell(4).setCellStyle(amount);
            }
            revenue.setColumnWidth(1, 30 * 256);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    private Path xls() throws Exception {
        Path file = Files.createDirectories(dir.resolve("xls")).resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet revenue = book.createSheet("Revenue");
            header(revenue.createRow(0));
            for (int i = 1; i <= 3; i++) {
                Row row = revenue.createRow(i);
                row.createCell(0).setCellValue("2026-03-0" + i);
                row.createCell(1).setCellValue("Customer " + i);
                row.createCell(2).setCellValue("direct");
                row.createCell(3).setCellValue(i == 2 ? "cloud-credit" : "cash");
                row.createCell(4).setCellValue(1000.5 * i);
            }
            book.write(out);
        }
        return file;
    }

    /** Thirteen lines: copied in three parts of six rows. */
    private Path csv() throws Exception {
        StringBuilder csv = new StringBuilder("Date,Customer,Channel,Settlement,Amount\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("2026-03-05,Customer ").append(i).append(",direct,").append(i % 4 == 0 ? "cloud-credit" : "cash")
                    .append(',').append(i).append("00.00\n");
        }
        return Files.writeString(Files.createDirectories(dir.resolve("csv")).resolve("Billing.csv"), csv);
    }

    private static void header(Row row) {
        String[] names = {"Date", "Customer", "Channel", "Settlement", "Amount"};
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
