package io.haircut.xlsx.sources;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.cell;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.cents;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.formula;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.Progress;
import io.haircut.RowCounter;
import io.haircut.bridge.Bridges;
import io.haircut.export.FormulaCheck;
import io.haircut.export.TinyLedger;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import io.haircut.xlsx.LiveModelTest;
import io.haircut.xlsx.WorkbookContents;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger longer than a sheet holds is written in parts (Revenue, Revenue (2), ...; Adjustments, Adjustments (2),
 * ...), every formula reading all of them. Excel's limit is a million rows; these tests give a sheet six rows
 * (a header and five entries) to see the split on a dozen.
 */
class SheetSplitTest {

    private static final SheetSplit SIX_ROWS = new SheetSplit(6);

    @TempDir
    Path dir;

    /**
     * Entry i (1..12) from row i + 1 of pnl.xlsx, amount i + 0.01, settled in cloud credits when i is even, in
     * January 2026 for i <= 6 and February after. Rows past the sheet's six keep no original row: entries go on
     * rows 2..6 of each part in ledger order, entries 1-5, 6-10 and 11-12.
     */
    private static List<RevenueEntry> twelveEntries() {
        List<RevenueEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            entries.add(TinyLedger.entry(i <= 6 ? "2026-01-15" : "2026-02-15", "Customer " + i, "direct",
                    i % 2 == 0 ? Settlement.CLOUD_CREDIT : Settlement.CASH, i + ".01", i + 1, Map.of()));
        }
        return entries;
    }

    @Test
    void revenueAndAdjustmentsGoInPartsAndEveryFormulaReadsThemAll() throws Exception {
        Path file = write(TinyLedger.adjusted(twelveEntries(), TinyLedger.CLOUD), "split.xlsx");

        // Reported = (1 + ... + 12) + 12 x 0.01 = 78.12; cloud = -((2 + 4 + ... + 12) + 6 x 0.01) = -42.06, 6 entries;
        // Cash = 36.06. January (1..6): reported 21 + 0.06 = 21.06, cloud -(2 + 4 + 6 + 0.03) = -12.03;
        // February (7..12): reported 57.06, cloud -30.03.
        Map<String, String> figures = Map.of("Summary!C5", "78.12", "Summary!E5", "12", "Summary!C6", "-42.06",
                "Summary!E6", "6", "Summary!C7", "36.06", "Adjusted Revenue!B3", "21.06", "Adjusted Revenue!C3", "-12.03",
                "Adjusted Revenue!B4", "57.06", "Adjusted Revenue!C4", "-30.03");
        try (XSSFWorkbook workbook = open(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Adjusted Revenue", "Adjustments", "Adjustments (2)",
                    "Revenue", "Revenue (2)", "Revenue (3)", "Parties", "Rules");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            figures.forEach((ref, figure) -> {
                Cell c = cell(workbook.getSheet(ref.substring(0, ref.indexOf('!'))), ref.substring(ref.indexOf('!') + 1));
                assertThat(cents(c.getNumericCellValue())).as(ref + " cached").isEqualByComparingTo(figure);
                assertThat(cents(evaluator.evaluate(c).getNumberValue())).as(ref + " recalculated").isEqualByComparingTo(figure);
            });
            FormulaCheck check = FormulaCheck.of(workbook);
            assertThat(check.recalculated()).isEqualTo(check.cached());

            assertThat(formula(workbook.getSheet("Summary"), "C5"))
                    .isEqualTo("SUM(Revenue!$E$2:$E$6,'Revenue (2)'!$E$2:$E$6,'Revenue (3)'!$E$2:$E$3)");
            // Each part has the header, then its entries in ledger order.
            for (String part : List.of("Revenue", "Revenue (2)", "Revenue (3)")) {
                assertThat(text(workbook.getSheet(part), "B1")).isEqualTo("Customer");
            }
            assertThat(text(workbook.getSheet("Revenue"), "B6")).isEqualTo("Customer 5");
            assertThat(text(workbook.getSheet("Revenue (2)"), "B2")).isEqualTo("Customer 6");
            assertThat(text(workbook.getSheet("Revenue (3)"), "B3")).isEqualTo("Customer 12");
            assertThat(workbook.getSheet("Revenue (3)").getLastRowNum()).isEqualTo(2);
            // Adjustments: five rows, then the sixth (entry 12) in the second part, linked to its row in Revenue (3).
            assertThat(workbook.getSheet("Adjustments").getLastRowNum()).isEqualTo(5);
            assertThat(text(workbook.getSheet("Adjustments (2)"), "C2")).isEqualTo("Customer 12");
            assertThat(cell(workbook.getSheet("Adjustments (2)"), "B2").getHyperlink().getAddress()).isEqualTo("'Revenue (3)'!A3");
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("Revenue!A3");
        }
    }

    @Test
    void aSpreadsheetRecalculatingTheWorkbookReadsEveryPart() throws Exception {
        if (!io.haircut.export.ExternalTools.onPath("soffice")) {
            String message = "SKIPPED SheetSplitTest: 'soffice' is not installed; apt-get install -y libreoffice-calc to run it";
            System.out.println(message);
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        Path file = write(TinyLedger.adjusted(twelveEntries(), TinyLedger.CLOUD), "split.xlsx");
        // Entry 11 (February, cash, 11.01, on Revenue (3) row 2) gains 100; entry 12's cloud adjustment (Adjustments (2)
        // row 2, -12.01) becomes -20.
        try (java.io.InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            cell(book.getSheet("Revenue (3)"), "E2").setCellValue(111.01);
            cell(book.getSheet("Adjustments (2)"), "I2").setCellValue(-20);
            try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                book.write(out);
            }
        }
        Path out = dir.resolve("recalculated");
        LiveModelTest.alwaysRecalculate(dir.resolve("profile"));
        io.haircut.export.ExternalTools.run(dir, 300, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), dir.resolve("edited.xlsx").toString());

        // Reported 78.12 + 100 = 178.12, February 57.06 + 100 = 157.06; cloud -42.06 + 12.01 - 20 = -50.05, in
        // February -30.03 + 12.01 - 20 = -38.02.
        Map<String, String> figures = Map.of("Summary!C5", "178.12", "Summary!C6", "-50.05", "Adjusted Revenue!B4", "157.06",
                "Adjusted Revenue!C4", "-38.02", "Adjusted Revenue!B3", "21.06");
        try (XSSFWorkbook book = open(out.resolve("edited.xlsx"))) {
            figures.forEach((ref, figure) -> assertThat(cents(cell(book.getSheet(ref.substring(0, ref.indexOf('!'))),
                    ref.substring(ref.indexOf('!') + 1)).getNumericCellValue())).as(ref).isEqualByComparingTo(figure));
        }
    }

    @Test
    void aWorkbookInPartsImportsAgainAsTheSameLedger() throws Exception {
        Path file = write(TinyLedger.adjusted(twelveEntries(), TinyLedger.CLOUD), "split.xlsx");

        Ledger again = LedgerImporter.importPath(file).ledger();

        assertThat(again.revenue()).hasSize(12);
        assertThat(again.revenue().stream().map(RevenueEntry::customer).toList())
                .containsExactlyInAnyOrderElementsOf(twelveEntries().stream().map(RevenueEntry::customer).toList());
        assertThat(again.revenue().stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("78.12");
    }

    @Test
    void aCsvFileLongerThanASheetIsCopiedInPartsAndLinkedToThePartHoldingTheCell() throws Exception {
        // A header and 12 lines: lines 1-6 in the first part, 7-12 in the second, 13 in the third.
        StringBuilder csv = new StringBuilder("Date,Customer,Channel,Settlement,Amount\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("2026-03-05,Customer ").append(i).append(",direct,").append(i == 12 ? "cloud-credit" : "cash")
                    .append(',').append(i).append("00.00\n");
        }
        Path input = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("Billing.csv"), csv);
        Ledger ledger = LedgerImporter.importPath(input).ledger();
        AdjustedLedger adjusted = Adjuster.apply(ledger, new RuleSet(List.of(TinyLedger.CLOUD), List.of()));

        Path file = write(adjusted, "csv-split.xlsx");

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(text(workbook.getSheet("src Billing"), "B1")).isEqualTo("Customer");
            assertThat(text(workbook.getSheet("src Billing"), "B6")).isEqualTo("Customer 5");
            assertThat(text(workbook.getSheet("src Billing (2)"), "B1")).isEqualTo("Customer 6");
            assertThat(text(workbook.getSheet("src Billing (3)"), "B1")).isEqualTo("Customer 12");
            assertThat(workbook.getSheet("src Billing (3)").getLastRowNum()).isZero();
            // Customer 12 is on line 13 of the file: row 1 of the third part.
            assertThat(text(workbook.getSheet("Adjustments"), "B2")).isEqualTo("Billing.csv!E13");
            assertThat(cell(workbook.getSheet("Adjustments"), "B2").getHyperlink().getAddress()).isEqualTo("'src Billing (3)'!E1");
            assertThat(text(workbook.getSheet("src Billing (3)"), "E1")).isEqualTo("1200.00");
        }
    }

    private Path write(AdjustedLedger adjusted, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            AdjustedWorkbookExporter.write(WorkbookContents.of(adjusted), Bridges.total(adjusted), Bridges.byDatedMonth(adjusted),
                    out, new RowCounter(Progress.NONE), SIX_ROWS);
        }
        return file;
    }
}
