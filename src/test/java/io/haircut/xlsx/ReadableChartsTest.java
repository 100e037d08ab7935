package io.haircut.xlsx;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.export.AnalysisWorkbook;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.layout.Charts;
import io.haircut.xlsx.sheets.CoverageSheet;
import io.haircut.xlsx.sheets.SummarySheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frontier-ai sample's workbook draws the bridge as a waterfall whose bars stand on cells of the
 * Summary, and its revenue coverage on a logarithmic axis. Hand figures: the sample's bridge as README
 * gives it (reported 10,802,729,880.11; cloud-credit-revenue -896,634,299.57; cash 9,906,095,580.54;
 * related-party-revenue -392,246,442.81; adjusted 9,513,849,137.73); the rules that only flag entries
 * change no amount and get no bar.
 */
class ReadableChartsTest {

    @TempDir
    static Path dir;

    static Path workbook;

    @BeforeAll
    static void export() {
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
        workbook = dir.resolve("frontier-ai-adjusted.xlsx");
        Scenarios scenarios = new Scenarios(List.of(Scenario.constant("base", new BigDecimal("0.40")),
                Scenario.constant("bull", new BigDecimal("3.00"))));
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(adjusted, scenarios).workbook(), workbook, Set.of(), false);
    }

    @Test
    void theSummaryBridgeIsAWaterfallOfAnInvisibleBaseUnderTheSteps() throws Exception {
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet summary = book.getSheet(SummarySheet.NAME);
            XSSFChart chart = onlyChart(summary);
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            XDDFChartData.Series base = bars.getSeries(0);
            XDDFChartData.Series step = bars.getSeries(1);
            assertThat(base.getShapeProperties().getFillProperties())
                    .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFNoFillProperties.class);

            List<String> labels = new ArrayList<>();
            for (int i = 0; i < base.getCategoryData().getPointCount(); i++) {
                labels.add((String) base.getCategoryData().getPointAt(i));
            }
            assertThat(labels).containsExactly("Reported revenue", "cloud-credit-revenue", "Cash revenue",
                    "related-party-revenue", "Adjusted revenue");

            // Base: the totals stand on the axis; a reduction floats on the level after it (cash, adjusted).
            List<String> expectedBase = List.of("0.00", "9906095580.54", "0.00", "9513849137.73", "0.00");
            List<String> expectedBar = List.of("10802729880.11", "896634299.57", "9906095580.54", "392246442.81",
                    "9513849137.73");
            assertThat(cents(cached(base))).containsExactlyElementsOf(expectedBase);
            assertThat(cents(cached(step))).containsExactlyElementsOf(expectedBar);
            // The chart reads cells of the Summary that hold the same figures (formulas over the bridge).
            assertThat(cents(cellsOf(book, base.getValuesData().getDataRangeReference()))).containsExactlyElementsOf(expectedBase);
            assertThat(cents(cellsOf(book, step.getValuesData().getDataRangeReference()))).containsExactlyElementsOf(expectedBar);
            String firstBar = new AreaReference(step.getValuesData().getDataRangeReference(), SpreadsheetVersion.EXCEL2007)
                    .getFirstCell().formatAsString();
            CellReference first = new CellReference(firstBar);
            assertThat(summary.getRow(first.getRow()).getCell(first.getCol()).getCellFormula()).isEqualTo("$C$5");
        }
    }

    @Test
    void theCoverageChartHasALogarithmicAxisReachingBelowBreakEven() throws Exception {
        try (XSSFWorkbook book = open(workbook)) {
            XSSFChart chart = onlyChart(book.getSheet(CoverageSheet.NAME));
            XDDFValueAxis y = (XDDFValueAxis) chart.getAxes().stream().filter(a -> a instanceof XDDFValueAxis)
                    .findFirst().orElseThrow();
            assertThat(y.getLogBase()).isEqualTo(10.0);
            // The break-even line (1.0) sits inside the plot, not on its floor.
            assertThat(y.getMinimum()).isLessThan(1.0);
            XDDFChartData lines = chart.getChartSeries().get(0);
            XDDFChartData.Series breakEven = lines.getSeries(lines.getSeriesCount() - 1);
            assertThat(cached(breakEven)).allMatch(v -> v == 1.0);
        }
    }

    /**
     * Hand figures: coverage 0.5 and 175 with the 1.0 line. The axis starts at 0.1, the power of ten below
     * 0.5; with a year at 0 coverage no logarithmic axis can hold it, and the chart stays linear.
     */
    @Test
    void aLogarithmicAxisOnlyForPositiveFiguresStartingBelowTheSmallest() throws Exception {
        List<Charts.Series> series = List.of(new Charts.Series("bull", List.of(new BigDecimal("0.5"), new BigDecimal("175")), "S!$B$2:$B$3"),
                new Charts.Series("Break-even (1.0)", List.of(BigDecimal.ONE, BigDecimal.ONE), "S!$C$2:$C$3", true));
        assertThat(Charts.allPositive(series)).isTrue();
        assertThat(Charts.allPositive(List.of(new Charts.Series("flat", List.of(BigDecimal.ZERO, BigDecimal.TEN), "S!$B$2:$B$3"))))
                .isFalse();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("S");
            XSSFChart chart = Charts.logLines(sheet, new Charts.Box(0, 5, 6, 20), "Coverage",
                    new Charts.Categories(List.of("2026", "2027"), "S!$A$2:$A$3"), series, "0.00");
            XDDFValueAxis y = (XDDFValueAxis) chart.getAxes().stream().filter(a -> a instanceof XDDFValueAxis)
                    .findFirst().orElseThrow();
            assertThat(y.getLogBase()).isEqualTo(10.0);
            assertThat(y.getMinimum()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertThat(drawing.getCharts()).hasSize(1);
        return drawing.getCharts().get(0);
    }

    private static List<Double> cached(XDDFChartData.Series series) {
        XDDFNumericalDataSource<? extends Number> values = series.getValuesData();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.getPointCount(); i++) {
            out.add(values.getPointAt(i).doubleValue());
        }
        return out;
    }

    private static List<Double> cellsOf(XSSFWorkbook book, String range) {
        AreaReference area = new AreaReference(range, SpreadsheetVersion.EXCEL2007);
        List<Double> out = new ArrayList<>();
        for (CellReference r : area.getAllReferencedCells()) {
            out.add(book.getSheet(r.getSheetName()).getRow(r.getRow()).getCell(r.getCol()).getNumericCellValue());
        }
        return out;
    }

    private static List<String> cents(List<Double> values) {
        return values.stream().map(v -> new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString()).toList();
    }
}
