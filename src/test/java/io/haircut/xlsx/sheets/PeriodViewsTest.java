package io.haircut.xlsx.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.haircut.coverage.Scenarios;
import io.haircut.export.AnalysisWorkbook;
import io.haircut.export.ExternalTools;
import io.haircut.export.FormulaCheck;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.applied.Adjustment;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import io.haircut.xlsx.LiveModelTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarter, year and LTM views under the Adjusted Revenue sheet's monthly table, on the frontier-ai
 * sample: their figures summed here from the ledger's entries, their formulas recalculated (POI, and
 * LibreOffice after an edit of a February 2026 revenue cell).
 */
class PeriodViewsTest {

    private static final double MILLION = 1_000_000;

    private static AdjustedLedger adjusted;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
    }

    @Test
    void quarterYearAndLtmRowsAreTheMonthsSummedFromTheLedger() throws Exception {
        Ledger ledger = adjusted.ledger();
        Path file = export();
        // Hand sums from the entries, not from the export's bridge.
        BigDecimal reported2025 = ledger.revenue().stream().filter(e -> e.month().getYear() == 2025)
                .map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal adjustedQ1 = adjustedSum(m -> m.getYear() == 2026 && m.getMonthValue() <= 3);
        YearMonth last = ledger.lastMonth().orElseThrow();
        Predicate<YearMonth> ltm = m -> !m.isAfter(last) && m.isAfter(last.minusMonths(12));
        BigDecimal adjustedLtm = adjustedSum(ltm);
        BigDecimal reportedLtm = ledger.revenue().stream().filter(e -> ltm.test(e.month()))
                .map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(AdjustedRevenueSheet.NAME);
            Map<String, Row> rows = periodRows(sheet);
            Map<String, Integer> columns = periodColumns(sheet);
            int reported = columns.get("Reported");
            int adjustedColumn = columns.get("Adjusted");
            int note = columns.get("Note");

            assertThat(money(rows.get("2025").getCell(reported))).isEqualByComparingTo(reported2025.setScale(2, RoundingMode.HALF_EVEN));
            // The sum of the twelve monthly Reported cells of 2025, too.
            BigDecimal monthly2025 = BigDecimal.ZERO;
            for (int r = AdjustedRevenueSheet.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Cell month = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
                if (month != null && month.getCellType() == CellType.NUMERIC
                        && month.getLocalDateTimeCellValue().getYear() == 2025) {
                    monthly2025 = monthly2025.add(money(sheet.getRow(r).getCell(1)));
                }
            }
            assertThat(monthly2025).isEqualByComparingTo(money(rows.get("2025").getCell(reported)));
            assertThat(note(rows.get("2025"), note)).isEmpty();

            BigDecimal q1 = money(rows.get("2026-Q1").getCell(adjustedColumn));
            assertThat(q1).isEqualByComparingTo(adjustedQ1.setScale(2, RoundingMode.HALF_EVEN));
            assertThat(q1.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("3355.9");

            assertThat(money(rows.get("LTM").getCell(adjustedColumn))).isEqualByComparingTo(adjustedLtm.setScale(2, RoundingMode.HALF_EVEN));
            assertThat(money(rows.get("LTM").getCell(reported))).isEqualByComparingTo(reportedLtm.setScale(2, RoundingMode.HALF_EVEN));
            assertThat(note(rows.get("LTM"), note)).isEqualTo(last.minusMonths(11) + " to " + last);

            // The data end in April 2026: its quarter and year are partial, and say so.
            assertThat(last).isEqualTo(YearMonth.of(2026, 4));
            assertThat(note(rows.get("2026-Q2"), note)).isEqualTo("1 of 3 months in the data");
            assertThat(note(rows.get("2026"), note)).isEqualTo("4 of 12 months in the data");

            // Every formula of the sheet, recalculated, gives its cached value.
            FormulaCheck check = FormulaCheck.of(book);
            check.cached().forEach((ref, value) -> {
                if (ref.startsWith(AdjustedRevenueSheet.NAME + "!")) {
                    assertThat(check.recalculated().get(ref)).as(ref).isEqualByComparingTo(value);
                }
            });
        }
    }

    @Test
    void editingAFebruaryRevenueCellMovesItsQuarterAndItsYearInLibreOffice() throws Exception {
        if (!ExternalTools.onPath("soffice")) {
            String message = "SKIPPED PeriodViewsTest: 'soffice' is not installed; apt-get install -y libreoffice-calc to run it";
            System.out.println(message);
            Assumptions.abort(message);
        }
        Ledger ledger = adjusted.ledger();
        Path file = export();
        Set<RevenueEntry> touched = new HashSet<>();
        adjusted.adjustments().stream().map(Adjustment::entry).forEach(touched::add);
        RevenueEntry february = ledger.revenue().stream()
                .filter(e -> e.month().equals(YearMonth.of(2026, 2)) && !touched.contains(e))
                .findFirst().orElseThrow();
        double q1Reported = adjustedOrReported(false, m -> m.getYear() == 2026 && m.getMonthValue() <= 3);
        double q1Adjusted = adjustedOrReported(true, m -> m.getYear() == 2026 && m.getMonthValue() <= 3);
        double yearReported = adjustedOrReported(false, m -> m.getYear() == 2026);
        double yearAdjusted = adjustedOrReported(true, m -> m.getYear() == 2026);
        double q4Adjusted = adjustedOrReported(true, m -> m.getYear() == 2025 && m.getMonthValue() >= 10);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet revenue = book.getSheet("Revenue");
            Row row = revenue.getRow(february.source().row() - 1);
            assertThat(row.getCell(revenue.getRow(0).getLastCellNum() - 1).getStringCellValue()).isEqualTo(february.source().toString());
            Cell amount = row.getCell(4);
            amount.setCellValue(amount.getNumericCellValue() + MILLION);
            book.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                book.write(out);
            }
        }
        LiveModelTest.alwaysRecalculate(dir.resolve("profile"));
        Path out = dir.resolve("recalculated");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), dir.resolve("edited.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished within 5 minutes").isTrue();
        assertThat(p.exitValue()).as("soffice exit status; see its log").isZero();

        try (InputStream in = Files.newInputStream(out.resolve("edited.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(AdjustedRevenueSheet.NAME);
            Map<String, Row> rows = periodRows(sheet);
            Map<String, Integer> columns = periodColumns(sheet);
            int reported = columns.get("Reported");
            int adjustedColumn = columns.get("Adjusted");
            assertThat(value(rows.get("2026-Q1").getCell(reported))).isCloseTo(q1Reported + MILLION, within(0.01));
            assertThat(value(rows.get("2026-Q1").getCell(adjustedColumn))).isCloseTo(q1Adjusted + MILLION, within(0.01));
            assertThat(value(rows.get("2026").getCell(reported))).isCloseTo(yearReported + MILLION, within(0.01));
            assertThat(value(rows.get("2026").getCell(adjustedColumn))).isCloseTo(yearAdjusted + MILLION, within(0.01));
            assertThat(value(rows.get("2025-Q4").getCell(adjustedColumn))).as("a quarter without the edit")
                    .isCloseTo(q4Adjusted, within(0.01));
        }
    }

    private Path export() throws Exception {
        Path file = dir.resolve("sample.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(adjusted, Scenarios.DEFAULTS).workbook(), file, Set.of(), false);
        return file;
    }

    private static BigDecimal adjustedSum(Predicate<YearMonth> months) {
        return adjusted.revenueLines().stream().filter(l -> months.test(l.entry().month()))
                .map(RevenueLine::adjusted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double adjustedOrReported(boolean adjustedView, Predicate<YearMonth> months) {
        return adjusted.revenueLines().stream().filter(l -> months.test(l.entry().month()))
                .mapToDouble(l -> (adjustedView ? l.adjusted() : l.reported()).doubleValue()).sum();
    }

    /** The rows under the period table's header ("Period" in column A), by their label. */
    private static Map<String, Row> periodRows(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        boolean below = false;
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c == null || c.getCellType() != CellType.STRING) {
                continue;
            }
            if (c.getStringCellValue().equals("Period")) {
                below = true;
            } else if (below) {
                rows.put(c.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static Map<String, Integer> periodColumns(Sheet sheet) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Period")) {
                Map<String, Integer> columns = new HashMap<>();
                for (Cell h : row) {
                    columns.put(h.getStringCellValue(), h.getColumnIndex());
                }
                return columns;
            }
        }
        throw new AssertionError("no period table");
    }

    private static BigDecimal money(Cell cell) {
        return BigDecimal.valueOf(value(cell)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static double value(Cell cell) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCachedFormulaResultType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static String note(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }
}
