package io.haircut.xlsx;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.cell;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.figures;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.formula;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static io.haircut.xlsx.AdjustedWorkbookExporterTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.export.FormulaCheck;
import io.haircut.export.TinyLedger;
import io.haircut.output.ExportException;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.FigureKind;
import io.haircut.xlsx.sheets.CoverageRow;
import io.haircut.xlsx.sheets.CoverageSection;
import io.haircut.xlsx.sheets.KeyFigure;
import io.haircut.xlsx.sheets.MetricRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Unit Economics and Coverage sheets, from rows built by hand here (the metrics and coverage stages
 * are not part of this test): what they show, their formulas' cached and recalculated values, and the
 * Summary's references to them.
 */
class WorkbookSectionsTest {

    @TempDir
    Path dir;

    /** Three metrics: a margin, a multiple with no reported figure, and runway in months. */
    static final List<MetricRow> METRICS = List.of(
            new MetricRow("Gross margin", new BigDecimal("0.62"), new BigDecimal("0.55"), FigureKind.PERCENT,
                    "(revenue - cost of revenue) / revenue"),
            new MetricRow("LTV / CAC", null, new BigDecimal("2.4"), FigureKind.MULTIPLE,
                    "reported: no churn figures for the reported view"),
            new MetricRow("ARR", new BigDecimal("1200000.00"), new BigDecimal("900000.00"), FigureKind.MONEY, null));

    /**
     * Cash and unused credits 100.00; two scenarios over 2027..2029:
     * <pre>
     * base 2027: revenue  50, commitments 100 -> coverage 0.5;  cumulative (100 + 50) / 100 = 1.5
     * base 2028: revenue  80, commitments 100 -> coverage 0.8;  cumulative (100 + 50 + 80) / 200 = 1.15
     * base 2029: revenue  90, commitments   0 -> coverage n/a;  cumulative (100 + 50 + 80 + 90) / 200 = 1.6
     * bull 2027: revenue 120, commitments 100 -> coverage 1.2;  cumulative (100 + 120) / 100 = 2.2
     * bull 2028: revenue 150, commitments 100 -> coverage 1.5;  cumulative (100 + 120 + 150) / 200 = 1.85
     * </pre>
     */
    static final CoverageSection COVERAGE = new CoverageSection(new BigDecimal("100.00"), List.of(
            row("base", 2027, "50", "100", "0.5", "1.5"),
            row("base", 2028, "80", "100", "0.8", "1.15"),
            row("base", 2029, "90", "0", null, "1.6"),
            row("bull", 2027, "120", "100", "1.2", "2.2"),
            row("bull", 2028, "150", "100", "1.5", "1.85")),
            List.of(new KeyFigure("First shortfall year, base", new BigDecimal("2027"), FigureKind.YEAR,
                    "revenue coverage below 1.0"),
                    new KeyFigure("Break-even growth", null, FigureKind.PERCENT, "no commitments in 2029")));

    @Test
    void sectionsGetTheirSheetsInOrderAndEveryFormulaHoldsItsFigure() throws Exception {
        try (XSSFWorkbook workbook = open(export(full()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Adjusted Revenue", "Unit Economics", "Coverage", "Adjustments",
                    "Revenue", "Parties", "Rules");

            Map<String, BigDecimal> expected = new LinkedHashMap<>(AdjustedWorkbookExporterTest.TINY_FIGURES);
            expected.putAll(figures(
                    // Unit Economics: Change = Adjusted - Reported where both exist
                    "Unit Economics!D3", "-0.07",               // 0.55 - 0.62
                    "Unit Economics!D5", "-300000.00",          // 900000.00 - 1200000.00
                    // Coverage: revenue coverage (E) and cumulative coverage (F) from the table above
                    "Coverage!E5", "0.5", "Coverage!F5", "1.5",
                    "Coverage!E6", "0.8", "Coverage!F6", "1.15",
                    "Coverage!F7", "1.6",
                    "Coverage!E8", "1.2", "Coverage!F8", "2.2",
                    "Coverage!E9", "1.5", "Coverage!F9", "1.85",
                    // Coverage by year: Year | base | bull | Break-even, header on row 12
                    "Coverage!B13", "0.5", "Coverage!C13", "1.2",
                    "Coverage!B14", "0.8", "Coverage!C14", "1.5",
                    // Summary: key metrics (rows 12..14) refer to the Unit Economics sheet
                    "Summary!C12", "0.62", "Summary!D12", "0.55",
                    "Summary!D13", "2.4",
                    "Summary!C14", "1200000.00", "Summary!D14", "900000.00"));
            // The Summary here also holds key metrics and the coverage headline, so the waterfall's cells sit
            // nine rows lower than in the bridge-only workbook: rows 27..31, the same figures.
            for (int i = 0; i < 5; i++) {
                for (String column : java.util.List.of("I", "J", "K")) {
                    expected.put("Summary!" + column + (27 + i), expected.remove("Summary!" + column + (18 + i)));
                }
            }
            FormulaCheck check = FormulaCheck.of(workbook);
            assertThat(check.cached()).isEqualTo(expected);
            assertThat(check.recalculated()).isEqualTo(expected);
            // No commitments in base 2029: the ratio is "n/a", in the file and when recalculated; so is its copy.
            Map<String, String> notAvailable = Map.of("Coverage!E7", "n/a", "Coverage!B15", "n/a");
            assertThat(check.texts()).isEqualTo(notAvailable);
            assertThat(check.recalculatedTexts()).isEqualTo(notAvailable);
        }
    }

    @Test
    void unitEconomicsShowsNotAvailableWithItsReasonNeverZero() throws Exception {
        try (XSSFWorkbook workbook = open(export(full()))) {
            XSSFSheet sheet = workbook.getSheet("Unit Economics");
            assertThat(List.of(text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2"), text(sheet, "E2")))
                    .containsExactly("Metric", "Reported", "Adjusted", "Change", "Note");
            assertThat(text(sheet, "A4")).isEqualTo("LTV / CAC");
            assertThat(text(sheet, "B4")).isEqualTo("n/a");
            assertThat(text(sheet, "E4")).isEqualTo("reported: no churn figures for the reported view");
            assertThat(sheet.getRow(3).getCell(3)).as("no Change without both figures").isNull();
            assertThat(formula(sheet, "D3")).isEqualTo("C3-B3");
            assertThat(cell(sheet, "B3").getCellStyle().getDataFormatString()).isEqualTo("0.0%;[Red](0.0%)");
            assertThat(cell(sheet, "C4").getCellStyle().getDataFormatString()).isEqualTo("0.00\\x;[Red](0.00\\x)");
            assertThat(cell(sheet, "B5").getCellStyle().getDataFormatString()).isEqualTo(Cells.MONEY_FORMAT);

            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, "A11")).isEqualTo("Key metrics");
            assertThat(formula(summary, "C12")).isEqualTo("'Unit Economics'!B3");
            assertThat(text(summary, "C13")).isEqualTo("n/a");
        }
    }

    @Test
    void coverageRatiosAreFormulasOverTheScheduleWithABreakEvenLineChart() throws Exception {
        try (XSSFWorkbook workbook = open(export(full()))) {
            XSSFSheet sheet = workbook.getSheet("Coverage");
            assertThat(formula(sheet, "E5")).isEqualTo("IF(D5=0,\"n/a\",C5/D5)");
            // Cumulative coverage counts each dollar once: the row's cash counted (I) plus revenue after the base month (G)
            // over commitments after the base month (H), to the row's year.
            assertThat(formula(sheet, "F6")).isEqualTo("IF(SUMIFS($H$5:$H$9,$A$5:$A$9,$A6,$B$5:$B$9,\"<=\"&$B6)=0,\"n/a\","
                    + "($I6+SUMIFS($G$5:$G$9,$A$5:$A$9,$A6,$B$5:$B$9,\"<=\"&$B6))/SUMIFS($H$5:$H$9,$A$5:$A$9,$A6,$B$5:$B$9,\"<=\"&$B6))");
            assertThat(List.of(text(sheet, "A12"), text(sheet, "B12"), text(sheet, "C12"), text(sheet, "D12")))
                    .containsExactly("Year", "base", "bull", "Break-even");
            assertThat(cell(sheet, "D13").getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(14).getCell(2)).as("bull has no 2029 row").isNull();

            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            XDDFChartData lines = chart.getChartSeries().get(0);
            List<String> titles = new ArrayList<>();
            for (var series : chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray()) {
                titles.add(series.getTx().getV());
            }
            assertThat(titles).containsExactly("base", "bull", "Break-even (1.0)");
            // The break-even line is a grey dashed reference line, not a third scenario.
            var breakEven = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(2).getSpPr().getLn();
            assertThat(breakEven.getPrstDash().getVal().toString()).isEqualTo("dash");
            assertThat(lines.getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("'Coverage'!$D$13:$D$15");
            assertThat(lines.getSeries(0).getCategoryData().getPointAt(2)).isEqualTo("2029");

            assertThat(workbook.getName("CashAndCredits").getRefersToFormula()).isEqualTo("Coverage!$B$2");
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, "A16")).isEqualTo("Commitment coverage");
            assertThat(text(summary, "A17")).isEqualTo("First shortfall year, base");
            assertThat(cell(summary, "C17").getNumericCellValue()).isEqualTo(2027.0);
            assertThat(cell(summary, "C17").getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(cell(summary, "C18").getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT); // n/a where the figure would be
            assertThat(text(summary, "C18")).isEqualTo("n/a");
            assertThat(text(summary, "F18")).isEqualTo("no commitments in 2029");
        }
    }

    @Test
    void aScenarioNameThatSumifsWouldReadAsAPatternIsRefused() {
        WorkbookContents contents = WorkbookContents.of(TinyLedger.adjusted()).withCoverage(new CoverageSection(
                BigDecimal.ZERO, List.of(row("bear*", 2027, "1", "1", "1", "1")), List.of()));
        Path target = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(contents, target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + target + ": coverage scenario 'bear*': the name has '*', which Excel's"
                        + " SUMIFS reads as a wildcard");
        assertThat(target).doesNotExist();
    }

    private static WorkbookContents full() {
        return WorkbookContents.of(TinyLedger.adjusted()).withUnitEconomics(METRICS).withCoverage(COVERAGE);
    }

    private Path export(WorkbookContents contents) {
        Path file = dir.resolve("sections.xlsx");
        AdjustedWorkbookExporter.export(contents, file, Set.of(), true);
        return file;
    }

    private static CoverageRow row(String scenario, int year, String revenue, String commitments, String coverage,
            String cumulative) {
        return new CoverageRow(scenario, year, new BigDecimal(revenue), new BigDecimal(commitments),
                coverage == null ? null : new BigDecimal(coverage), cumulative == null ? null : new BigDecimal(cumulative));
    }
}
