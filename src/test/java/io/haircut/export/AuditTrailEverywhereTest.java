package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.audit.AuditTrail;
import io.haircut.report.CsvRenderer;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One audit trail: the Adjustments sheet, the {@code adjustments} command's CSV and {@code export --all}'s
 * adjustments file hold the same rows with the same columns, in every table the rules touched (revenue,
 * funding, commitments), and a flag reads as a flag (its amount before and after, no change), not as a
 * zero strip.
 */
class AuditTrailEverywhereTest {

    @TempDir
    Path dir;

    @Test
    void theSheetTheCommandAndTheExportedFileHoldTheSameRows() throws Exception {
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai")).ledger(),
                RuleFiles.load(Path.of("rules")));
        String command = CsvRenderer.text(AuditTrail.report(AuditTrail.select(adjusted, null, null), ""));
        String exported = CsvRenderer.text(Reports.standard().require("adjustments").report().apply(adjusted));
        assertThat(exported).isEqualTo(command);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(command)).getRecords();
        List<String> keys = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(command)).getHeaderNames();
        assertThat(keys).containsExactly("table", "source", "counterparty", "date", "rule", "view", "treatment", "before",
                "adjustment", "after", "note", "basis", "rule_file");

        Path file = dir.resolve("trail.xlsx");
        AdjustedWorkbookExporter.export(adjusted, file, Set.of(), false);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Adjustments");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Table", "Source cell", "Counterparty", "Date", "Rule", "View", "Treatment",
                    "Before", "Adjustment", "After", "Note", "Basis", "Rule file");
            assertThat(sheet.getLastRowNum()).as("one sheet row per CSV record").isEqualTo(records.size());

            int funding = 0;
            int commitments = 0;
            int flags = 0;
            for (int i = 0; i < records.size(); i++) {
                CSVRecord r = records.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(text(row.getCell(0))).isEqualTo(r.get("table"));
                assertThat(text(row.getCell(1))).isEqualTo(r.get("source"));
                assertThat(text(row.getCell(2))).isEqualTo(r.get("counterparty"));
                assertThat(text(row.getCell(4))).isEqualTo(r.get("rule"));
                assertThat(text(row.getCell(6))).isEqualTo(r.get("treatment"));
                assertThat(cents(row.getCell(7))).isEqualByComparingTo(r.get("before"));
                assertThat(cents(row.getCell(8))).isEqualByComparingTo(r.get("adjustment"));
                assertThat(cents(row.getCell(9))).isEqualByComparingTo(r.get("after"));
                assertThat(text(row.getCell(10))).isEqualTo(r.get("note"));
                assertThat(text(row.getCell(11))).isEqualTo(r.get("basis"));
                assertThat(text(row.getCell(12))).isEqualTo(r.get("rule_file"));
                funding += r.get("table").equals("funding") ? 1 : 0;
                commitments += r.get("table").equals("commitments") ? 1 : 0;
                if (r.get("treatment").equals("flagged") || r.get("treatment").startsWith("tagged ")) {
                    flags += r.get("table").equals("funding") ? 1 : 0;
                    assertThat(new BigDecimal(r.get("adjustment"))).isZero();
                    assertThat(new BigDecimal(r.get("before"))).isEqualByComparingTo(r.get("after"));
                }
            }
            // rules/credit-funded-financing.yaml strips Amazon's credit-funded financing (one Funding row);
            // rules/contingent-funding-and-commitments.yaml tags the four contingent Funding rows (the
            // sample's commitments are all binding, so no commitment row).
            assertThat(funding).isEqualTo(5);
            assertThat(commitments).isZero();
            assertThat(flags).as("tagged funding rows, amount kept").isEqualTo(4);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    private static BigDecimal cents(Cell cell) {
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).setScale(2, RoundingMode.HALF_EVEN);
    }
}
