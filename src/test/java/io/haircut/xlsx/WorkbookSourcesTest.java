package io.haircut.xlsx;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.cell;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.figures;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.export.FormulaCheck;
import io.haircut.ledger.Granularity;
import io.haircut.output.ExportException;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.sources.SourceCopies;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook built from real files: a small startup workbook written here, imported, adjusted by two
 * rule files, exported. The startup's sheets are copied unchanged, the audit trail links to the copied
 * cells, a file that changed since import is refused, and the exported workbook imports again as the
 * same bridge.
 *
 * <pre>
 * pnl.xlsx!Revenue  row  date        customer            settlement     amount
 *                    2   2026-03-05  Acme Corp           cash          1000.00
 *                    3   2026-03-20  AWS Marketplace     cloud-credit   300.00   cloud: -300.00
 *                    4   2026-04-02  =HYPERLINK(...)     cash           250.50
 *                    5   2026-04-15  Investor Co         cash           400.00   related: -400.00 (group Investor)
 * Reported = 1000.00 + 300.00 + 250.50 + 400.00 = 1950.50; Cash = 1950.50 - 300.00 = 1650.50;
 * Adjusted = 1650.50 - 400.00 = 1250.50
 * </pre>
 */
public class WorkbookSourcesTest {

    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    public static final String CLOUD_RULE = String.join("\n",
            "# strips credit-settled revenue",
            "id: cloud-credit-revenue",
            "description: Revenue settled in cloud credits",
            "basis: ASC 606-10-32-21 (noncash consideration)",
            "view: cash",
            "when:",
            "  settlement: cloud-credit",
            "action: strip",
            "");
    static final String RELATED_RULE = String.join("\n",
            "id: related-party-revenue",
            "description: Revenue from investors",
            "basis: ASC 850",
            "view: adjusted",
            "when:",
            "  counterparty:",
            "    relationship: [investor]",
            "action: strip",
            "");

    @TempDir
    Path dir;

    Path pnl;
    RuleSet rules;

    @BeforeEach
    void files() throws Exception {
        pnl = dir.resolve("pnl.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = formatted(book, "yyyy-mm-dd");
            CellStyle amount = formatted(book, "#,##0.00");
            Sheet revenue = book.createSheet("Revenue");
            texts(revenue.createRow(0), "Date", "Customer", "Channel", "Settlement", "Amount");
            Object[][] rows = {
                {LocalDate.of(2026, 3, 5), "Acme Corp", "direct", "cash", 1000.00},
                {LocalDate.of(2026, 3, 20), "AWS Marketplace", "aws-marketplace", "cloud-credit", 300.00},
                {LocalDate.of(2026, 4, 2), HOSTILE, "direct", "cash", 250.50},
                {LocalDate.of(2026, 4, 15), "Investor Co", "direct", "cash", 400.00},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = revenue.createRow(r + 1);
                Cell d = row.createCell(0);
                d.setCellValue((LocalDate) rows[r][0]);
                d.setCellStyle(date);
                texts(row, 1, (String) rows[r][1], (String) rows[r][2], (String) rows[r][3]);
                Cell a = row.createCell(4);
                a.setCellValue((Double) rows[r][4]);
                a.setCellStyle(amount);
            }
            Sheet parties = book.createSheet("Parties");
            texts(parties.createRow(0), "Name", "Group", "Relationship");
            texts(parties.createRow(1), "Investor Co", "Investor", "investor");
            Sheet notes = book.createSheet("Notes");
            Row n = notes.createRow(0);
            n.createCell(0).setCellFormula("1+1");
            n.getCell(0).setCellValue(2);
            texts(n, 1, "@SUM(A1)");
            try (OutputStream out = Files.newOutputStream(pnl)) {
                book.write(out);
            }
        }
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/cloud.yaml"), CLOUD_RULE);
        Files.writeString(dir.resolve("rules/related.yaml"), RELATED_RULE);
        rules = RuleFiles.load(dir.resolve("rules"));
    }

    @Test
    void theStartupsSheetsAreCopiedUnchangedAndTheAuditTrailLinksToTheCopiedCells() throws Exception {
        String before = sha256(pnl);
        Path out = export(adjusted(pnl), "out.xlsx");
        assertThat(sha256(pnl)).as("the input is only read").isEqualTo(before);

        try (XSSFWorkbook workbook = open(out)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            // Investor Co is an investor on the Parties sheet, so the workbook has an Investors sheet.
            assertThat(names).containsExactly("Summary", "Adjusted Revenue", "Investors", "Adjustments", "Revenue", "Parties", "Rules",
                    "src Revenue", "src Parties", "src Notes");

            XSSFSheet src = workbook.getSheet("src Revenue");
            assertThat(text(src, "A1")).isEqualTo("Date");
            assertThat(cell(src, "A3").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(cell(src, "A3").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(cell(src, "E4").getNumericCellValue()).isEqualTo(250.50);
            assertThat(cell(src, "E4").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(src, "B4").getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(src, "B4")).isEqualTo(HOSTILE);
            XSSFSheet notes = workbook.getSheet("src Notes");
            assertThat(cell(notes, "A1").getCellType()).as("a formula is copied as its value").isEqualTo(CellType.NUMERIC);
            assertThat(cell(notes, "A1").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(notes, "B1").getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(workbook.getSheet("src Parties"), "B2")).isEqualTo("Investor");

            // Each adjustment links to its amount cell in the copy, and that cell holds the amount before.
            XSSFSheet adjustments = workbook.getSheet("Adjustments");
            Map<String, String> links = Map.of("B2", "'src Revenue'!E3", "B3", "'src Revenue'!E5");
            links.forEach((ref, address) -> {
                Cell source = cell(adjustments, ref);
                assertThat(source.getHyperlink().getAddress()).isEqualTo(address);
                CellReference target = new CellReference(address);
                Cell linked = workbook.getSheet(target.getSheetName()).getRow(target.getRow()).getCell(target.getCol());
                assertThat(linked.getNumericCellValue()).isEqualTo(cell(adjustments, "H" + ref.substring(1)).getNumericCellValue());
            });
            assertThat(text(adjustments, "B2")).isEqualTo("pnl.xlsx!Revenue!E3");

            // Summary: the files imported with their SHA-256 and a link to the copy; rules link to their id line.
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, "A15")).isEqualTo("Files imported");
            assertThat(text(summary, "A16")).isEqualTo("pnl.xlsx");
            assertThat(cell(summary, "A16").getHyperlink().getAddress()).isEqualTo("'src Revenue'!A1");
            assertThat(text(summary, "B16")).isEqualTo("Revenue, Parties, Notes");
            assertThat(text(summary, "F16")).isEqualTo(before);
            String definedAt = cell(summary, "C12").getHyperlink().getAddress();
            CellReference rule = new CellReference(definedAt);
            assertThat(workbook.getSheet("Rules").getRow(rule.getRow()).getCell(rule.getCol()).getStringCellValue())
                    .isEqualTo("id: cloud-credit-revenue");
            XSSFSheet rulesSheet = workbook.getSheet("Rules");
            assertThat(text(rulesSheet, "C2")).isEqualTo("# strips credit-settled revenue");
            assertThat(text(rulesSheet, "A2")).endsWith("cloud.yaml");
            assertThat(rulesSheet.getLastRowNum() + 1).as("header + 8 + 8 lines").isEqualTo(17);

            FormulaCheck check = FormulaCheck.of(workbook);
            Map<String, BigDecimal> bridge = figures("Summary!C5", "1950.50", "Summary!C6", "-300.00",
                    "Summary!C7", "1650.50", "Summary!C8", "-400.00", "Summary!C9", "1250.50");
            bridge.forEach((ref, figure) -> {
                assertThat(check.cached().get(ref)).as(ref).isEqualTo(figure);
                assertThat(check.recalculated().get(ref)).as(ref).isEqualTo(figure);
            });
            assertThat(check.recalculated()).isEqualTo(check.cached());
        }
    }

    @Test
    void theExportedWorkbookImportsAgainAsTheSameBridge() throws Exception {
        AdjustedLedger original = adjusted(pnl);
        Path out = export(original, "round-trip.xlsx");
        AdjustedLedger again = adjusted(out);
        assertSameBridge(Bridges.total(again), Bridges.total(original));
        assertThat(Bridges.total(again).adjusted().amount()).isEqualByComparingTo("1250.50");
        assertThat(Bridges.byPeriod(again, Granularity.MONTH)).hasSameSizeAs(Bridges.byPeriod(original, Granularity.MONTH));
    }

    @Test
    void aFileChangedSinceImportIsRefusedAndNothingIsWritten() throws Exception {
        AdjustedLedger imported = adjusted(pnl);
        Files.write(pnl, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Path target = dir.resolve("changed.xlsx");
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(imported, target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith(pnl + " changed since it was imported (SHA-256 ")
                .hasMessageEndingWith("now); import it again before exporting")
                .hasMessageNotContaining("\n");
        assertThat(target).doesNotExist();

        Files.delete(pnl);
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(imported, target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessage(pnl + " is gone since it was imported; import it again before exporting");
    }

    @Test
    void aFormulaSavedWithoutItsValueIsCopiedAsItsTextAndTheExportSucceeds() throws Exception {
        // As openpyxl writes them: Notes!A1 keeps "=1+1" with an empty <v/>, Notes!C1 "=A1*2" with no <v> at all.
        rewrite(pnl, "xl/worksheets/sheet3.xml", xml -> xml.replaceFirst("(<f>1\\+1</f>)<v>[^<]*</v>", "$1<v></v>")
                .replaceFirst("</row>", "<c r=\"C1\"><f>A1*2</f></c></row>"));
        Path out = export(adjusted(pnl), "unsaved.xlsx");
        try (XSSFWorkbook workbook = open(out)) {
            XSSFSheet notes = workbook.getSheet("src Notes");
            assertThat(cell(notes, "A1").getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(notes, "A1")).isEqualTo("=1+1");
            assertThat(text(notes, "C1")).isEqualTo("=A1*2");
            assertThat(text(notes, "B1")).isEqualTo("@SUM(A1)");
        }
    }

    /** {@code zip} with the part {@code name} changed by {@code edit}, every other part as it was. */
    private static void rewrite(Path zip, String name, java.util.function.UnaryOperator<String> edit) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        boolean found = false;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    String before = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    assertThat(after).as("the edit changed the part").isNotEqualTo(before);
                    data = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertThat(found).as(name + " is in the workbook").isTrue();
        Files.write(zip, bytes.toByteArray());
    }

    @Test
    void aFolderOfCsvFilesIsCopiedAsTextOneSheetPerFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(folder.resolve("Revenue.csv"), String.join("\n",
                "Date,Customer,Channel,Settlement,Amount",
                "2026-03-05,Acme Corp,direct,cash,1000.00",
                "2026-03-20,=1+1,aws-marketplace,cloud-credit,300.00",
                ""));
        Files.writeString(folder.resolve("Parties.csv"), "Name,Group,Relationship\nInvestor Co,Investor,investor\n");
        Path out = export(adjusted(folder), "csv.xlsx");
        try (XSSFWorkbook workbook = open(out)) {
            XSSFSheet src = workbook.getSheet("src Revenue");
            assertThat(workbook.getSheet("src Parties")).isNotNull();
            assertThat(cell(src, "E2").getCellType()).as("CSV fields stay text").isEqualTo(CellType.STRING);
            assertThat(text(src, "E2")).isEqualTo("1000.00");
            assertThat(cell(src, "B3").getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(src, "B3")).isEqualTo("=1+1");
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("'src Revenue'!E3");
        }
    }

    @Test
    void aTsvFileAndASemicolonCsvWithBlankLinesAreCopiedAsTheImportReadThem() throws Exception {
        Path tsv = Files.writeString(Files.createDirectories(dir.resolve("tsv")).resolve("billing.tsv"), String.join("\n",
                "Date\tCustomer\tChannel\tSettlement\tAmount",
                "2026-03-05\tAcme Corp\tdirect\tcash\t1000.00",
                "2026-03-20\tBeta Labs\taws-marketplace\tcloud-credit\t300.00",
                ""));
        try (XSSFWorkbook workbook = open(export(adjusted(tsv), "tsv.xlsx"))) {
            XSSFSheet src = workbook.getSheet("src billing");
            assertThat(text(src, "B3")).isEqualTo("Beta Labs");
            assertThat(text(src, "E3")).isEqualTo("300.00");
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("'src billing'!E3");
        }
        // European Excel: semicolons, decimal commas, and blank lines, which keep their line numbers (the cloud
        // entry is on line 5, so its source cell is E5 in the file and in the copy).
        Path semicolons = Files.writeString(Files.createDirectories(dir.resolve("semi")).resolve("ventes.csv"), String.join("\n",
                "Date;Customer;Channel;Settlement;Amount",
                "",
                "2026-03-05;Acme Corp;direct;cash;1000,00",
                "",
                "2026-03-20;Beta Labs;aws-marketplace;cloud-credit;300,00",
                ""));
        try (XSSFWorkbook workbook = open(export(adjusted(semicolons), "semi.xlsx"))) {
            XSSFSheet src = workbook.getSheet("src ventes");
            assertThat(text(src, "B5")).isEqualTo("Beta Labs");
            assertThat(text(src, "E5")).isEqualTo("300,00");
            assertThat(text(workbook.getSheet("Adjustments"), "B2")).isEqualTo("ventes.csv!E5");
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("'src ventes'!E5");
        }
    }

    @Test
    void anXlsWorkbookIsCopiedWithItsNumbersAsNumbers() throws Exception {
        Path xls = Files.createDirectories(dir.resolve("xls")).resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            Sheet revenue = wb.createSheet("Revenue");
            texts(revenue.createRow(0), "Date", "Customer", "Channel", "Settlement", "Amount");
            texts(revenue.createRow(1), "2026-03-05", "Acme Corp", "direct", "cash");
            revenue.getRow(1).createCell(4).setCellValue(1000);
            texts(revenue.createRow(2), "2026-03-20", "Beta Labs", "aws-marketplace", "cloud-credit");
            revenue.getRow(2).createCell(4).setCellValue(300.25);
            revenue.setColumnWidth(1, 40 * 256);
            wb.write(out);
        }
        try (XSSFWorkbook workbook = open(export(adjusted(xls), "xls.xlsx"))) {
            XSSFSheet src = workbook.getSheet("src Revenue");
            assertThat(text(src, "B3")).isEqualTo("Beta Labs");
            assertThat(cell(src, "E3").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(src, "E3").getNumericCellValue()).isEqualTo(300.25);
            // The source's wider Customer column kept; the others at least wide enough for an amount (18 characters).
            assertThat(src.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(src.getColumnWidth(4)).isEqualTo(18 * 256);
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("'src Revenue'!E3");
        }
    }

    @Test
    void aMappingFileAmongTheInputsIsNotCopiedAndTheWorkbookIsWritten() throws Exception {
        Path folder = Path.of("samples/frontier-ai-messy");
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPaths(List.of(folder),
                new io.haircut.workbook.ImportOptions(folder.resolve("mapping.yaml"), null, false, null)).ledger(), rules);
        assertThat(adjusted.ledger().files()).anyMatch(f -> f.path().endsWith("mapping.yaml"));

        try (XSSFWorkbook workbook = open(export(adjusted, "mapped.xlsx"))) {
            List<String> copies = new ArrayList<>();
            workbook.forEach(sheet -> {
                if (sheet.getSheetName().startsWith("src ")) {
                    copies.add(sheet.getSheetName());
                }
            });
            assertThat(copies).contains("src billing-export").noneMatch(name -> name.contains("mapping"));
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsNotCopiedAndTheExportSaysSo() throws Exception {
        Path locked = Files.write(Files.createDirectories(dir.resolve("locked")).resolve("locked.xlsx"),
                io.haircut.workbook.TestFiles.lockedWorkbook("s3cret"));
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(locked, "s3cret").ledger(), rules);

        List<String> notes = io.haircut.export.AnalysisWorkbook.of(adjusted, io.haircut.coverage.Scenarios.DEFAULTS).leftOut();
        assertThat(notes).contains("locked.xlsx is password-protected and its password is not kept: its sheets are not"
                + " copied into the workbook, and its entries' Source cells link to their rows in the Revenue sheet");
        try (XSSFWorkbook workbook = open(export(adjusted, "locked-out.xlsx"))) {
            workbook.forEach(sheet -> assertThat(sheet.getSheetName()).doesNotStartWith("src "));
            assertThat(workbook.getSheet("Revenue").getLastRowNum()).isGreaterThanOrEqualTo(2); // the two entries
        }
    }

    @Test
    void copiesGetSafeDistinctSheetNames() throws IOException {
        var file = new io.haircut.ledger.SourceFile("a.xlsx", "x", List.of(
                "A very long sheet name that runs past the limit", "A very long sheet name that runs past the end",
                "it's"));
        List<String> names = SourceCopies.plan(List.of(file)).stream().map(SourceCopies.Copy::name).toList();
        assertThat(names).containsExactly("src A very long sheet name that", "src A very long sheet name (2)", "src it's");
        Path weird = Files.writeString(Files.createDirectories(dir.resolve("d")).resolve("we?ird[1].csv"), "a,b\n1,2\n");
        var csv = new io.haircut.ledger.SourceFile(weird.toString(), "x", List.of("we?ird[1]"));
        assertThat(SourceCopies.plan(List.of(csv)).get(0).name()).isEqualTo("src we_ird_1_");
    }

    static void assertSameBridge(RevenueBridge actual, RevenueBridge expected) {
        assertThat(actual.reported()).isEqualByComparingTo(expected.reported());
        assertThat(actual.cash()).isEqualByComparingTo(expected.cash());
        assertThat(actual.adjusted()).isEqualByComparingTo(expected.adjusted());
        assertThat(actual.steps()).hasSameSizeAs(expected.steps());
        for (int i = 0; i < expected.steps().size(); i++) {
            BridgeStep a = actual.steps().get(i);
            BridgeStep e = expected.steps().get(i);
            assertThat(a.rule().id()).isEqualTo(e.rule().id());
            assertThat(a.amount()).as(e.rule().id()).isEqualByComparingTo(e.amount());
            assertThat(a.entries()).as(e.rule().id()).isEqualTo(e.entries());
        }
    }

    private AdjustedLedger adjusted(Path input) {
        return Adjuster.apply(LedgerImporter.importPath(input).ledger(), rules);
    }

    private Path export(AdjustedLedger adjusted, String name) {
        Path out = dir.resolve("out").resolve(name);
        AdjustedWorkbookExporter.export(adjusted, out, Set.of(pnl), false);
        return out;
    }

    /** A cell style showing numbers in {@code format}, for the source workbooks the tests write. */
    public static CellStyle formatted(XSSFWorkbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private static void texts(Row row, String... values) {
        texts(row, 0, values);
    }

    private static void texts(Row row, int from, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
