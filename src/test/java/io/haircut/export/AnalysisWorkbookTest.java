package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.metrics.Metric;
import io.haircut.metrics.PeriodMetrics;
import io.haircut.metrics.PeriodSelection;
import io.haircut.metrics.UnitEconomics;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frontier-ai workbook with every section: each formula's cached value agrees with Excel-style
 * recalculation, and the Unit Economics and Coverage sheets show the figures the metrics and coverage
 * stages computed (the metrics agree with a spreadsheet formula check; the workbook's formulas are live).
 */
class AnalysisWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void frontierAiWorkbookAgreesWithTheMetricsAndCoverageStages() throws Exception {
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
        AnalysisWorkbook.Contents contents = AnalysisWorkbook.of(adjusted, Scenarios.DEFAULTS);
        assertThat(contents.leftOut()).isEmpty();
        Path file = dir.resolve("frontier-ai-adjusted.xlsx");
        AdjustedWorkbookExporter.export(contents.workbook(), file, Set.of(), false);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            FormulaCheck check = FormulaCheck.of(book);
            assertThat(check.cached()).isNotEmpty();
            // A cell holds a double (15 to 17 significant digits): 4 decimals of a $40B projection are beyond it.
            check.cached().forEach((ref, value) -> assertThat(check.recalculated().get(ref)).as(ref)
                    .isCloseTo(value, org.assertj.core.api.Assertions.within(value.abs().movePointLeft(14).max(new BigDecimal("0.0001")))));
            assertThat(check.texts()).isEqualTo(check.recalculatedTexts());

            // Investors sheet, first row Amazon (samples/frontier-ai/Funding.csv: 4.0B + 3.5B + 1.5B binding; Commitments.csv:
            // AWS 10B a year 2026-2035): funding 9B, commitments 100B, net flow 9B - 100B = -91B (a live formula).
            Sheet investors = book.getSheet("Investors");
            assertThat(investors.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Amazon");
            assertThat(BigDecimal.valueOf(investors.getRow(4).getCell(2).getNumericCellValue())).isEqualByComparingTo("9000000000");
            assertThat(BigDecimal.valueOf(investors.getRow(4).getCell(11).getNumericCellValue())).isEqualByComparingTo("100000000000");
            assertThat(investors.getRow(4).getCell(14).getCellFormula()).isEqualTo("C5-L5");
            assertThat(BigDecimal.valueOf(investors.getRow(4).getCell(14).getNumericCellValue())).isEqualByComparingTo("-91000000000");

            // The sheet shows the one default period, the latest month: the sample's data end in April 2026.
            PeriodMetrics quarter = UnitEconomics.report(adjusted, Granularity.MONTH,
                    PeriodSelection.of(new Period(Granularity.MONTH, YearMonth.of(2026, 4)))).periods().get(0);
            Map<String, Row> metricRows = rowsByFirstCell(book.getSheet("Unit Economics"));
            for (Metric m : new Metric[] {Metric.REVENUE, Metric.GROSS_MARGIN, Metric.NET_BURN}) {
                Row row = metricRows.get(m.label());
                assertThat(cents(row.getCell(1))).as(m.label()).isEqualByComparingTo(cents(quarter.reported(m).value()));
                assertThat(cents(row.getCell(2))).as(m.label()).isEqualByComparingTo(cents(quarter.adjusted(m).value()));
            }

            CoverageReport base = Coverage.of(adjusted, Scenarios.DEFAULTS.named("base").orElseThrow(), CoverageOptions.bindingOnly());
            Sheet coverage = book.getSheet("Coverage");
            int checked = 0;
            for (Row row : coverage) {
                Cell scenario = row.getCell(0);
                // The year rows (a year in column B), not the scenario's inputs row above them.
                if (scenario == null || scenario.getCellType() != CellType.STRING || !scenario.getStringCellValue().equals("base")
                        || row.getCell(1).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                int year = (int) row.getCell(1).getNumericCellValue();
                CoverageYear expected = base.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
                assertThat(cents(row.getCell(3))).as("commitments " + year).isEqualByComparingTo(cents(expected.commitments()));
                checked++;
            }
            assertThat(checked).isEqualTo(base.years().size());
        }
    }

    private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) {
                rows.put(c.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static BigDecimal cents(Cell cell) {
        return cents(new BigDecimal(Double.toString(cell.getNumericCellValue()))); // a cell holds a double
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
