package io.haircut.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.bridge.Bridges;
import io.haircut.export.FormulaCheck;
import io.haircut.export.TinyLedger;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Money;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.output.ExportException;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.View;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.xlsx.layout.Cells;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the tiny ledger's workbook, reads the saved file back, and checks it against the hand-worked figures. */
public class AdjustedWorkbookExporterTest {

    @TempDir
    Path dir;

    /**
     * Every formula cell in the workbook and its figure from {@link TinyLedger}'s hand arithmetic (money to
     * the cent, shares to 4 decimals). Revenue has rows 2..9 (entries on rows 2, 3, 5, 6, 9), extra attribute
     * columns I (note) and J (region), so Month is K; Adjustments has three rows (2..4): cloud on rows 3
     * and 6, related party on row 9.
     */
    public static final Map<String, BigDecimal> TINY_FIGURES = figures(
            // Summary: the bridge on rows 5..9, % of reported in D, entries in E
            "Summary!C5", "2150.49", "Summary!D5", "1", "Summary!E5", "5", // 1000.00 + 300.00 + 250.50 + 199.99 + 400.00
            "Summary!C6", "-499.99", "Summary!E6", "2",                      // cloud: -(300.00 + 199.99)
            "Summary!D6", share("-499.99", "2150.49"),
            "Summary!C7", "1650.50", "Summary!D7", share("1650.50", "2150.49"), // Cash: 2150.49 - 499.99
            "Summary!C8", "-200.00", "Summary!E8", "1",                      // related: -50% of 400.00
            "Summary!D8", share("-200.00", "2150.49"),
            "Summary!C9", "1450.50", "Summary!D9", share("1450.50", "2150.49"), // Adjusted: 1650.50 - 200.00
            // Adjusted Revenue: Month | Reported | cloud | Cash | related | Adjusted | share, header on row 2
            "Adjusted Revenue!B3", "1300.00", "Adjusted Revenue!C3", "-300.00", "Adjusted Revenue!D3", "1000.00",
            "Adjusted Revenue!E3", "0.00", "Adjusted Revenue!F3", "1000.00",
            "Adjusted Revenue!G3", share("1000.00", "1300.00"),
            "Adjusted Revenue!B4", "850.49", "Adjusted Revenue!C4", "-199.99", "Adjusted Revenue!D4", "650.50",
            "Adjusted Revenue!E4", "-200.00", "Adjusted Revenue!F4", "450.50",
            "Adjusted Revenue!G4", share("450.50", "850.49"),
            // Total row: the months' sums, which are the Summary's bridge again
            "Adjusted Revenue!B5", "2150.49", "Adjusted Revenue!C5", "-499.99", "Adjusted Revenue!D5", "1650.50",
            "Adjusted Revenue!E5", "-200.00", "Adjusted Revenue!F5", "1450.50",
            "Adjusted Revenue!G5", share("1450.50", "2150.49"),
            // Period views below, header on row 8: 2026-Q1 holds March only, 2026-Q2 April only, the year
            // 2026 and the LTM (May 2025 to April 2026) both months, so the Total row's figures again
            "Adjusted Revenue!B9", "1300.00", "Adjusted Revenue!C9", "-300.00", "Adjusted Revenue!D9", "1000.00",
            "Adjusted Revenue!E9", "0.00", "Adjusted Revenue!F9", "1000.00",
            "Adjusted Revenue!G9", share("1000.00", "1300.00"),
            "Adjusted Revenue!B10", "850.49", "Adjusted Revenue!C10", "-199.99", "Adjusted Revenue!D10", "650.50",
            "Adjusted Revenue!E10", "-200.00", "Adjusted Revenue!F10", "450.50",
            "Adjusted Revenue!G10", share("450.50", "850.49"),
            "Adjusted Revenue!B11", "2150.49", "Adjusted Revenue!C11", "-499.99", "Adjusted Revenue!D11", "1650.50",
            "Adjusted Revenue!E11", "-200.00", "Adjusted Revenue!F11", "1450.50",
            "Adjusted Revenue!G11", share("1450.50", "2150.49"),
            "Adjusted Revenue!B12", "2150.49", "Adjusted Revenue!C12", "-499.99", "Adjusted Revenue!D12", "1650.50",
            "Adjusted Revenue!E12", "-200.00", "Adjusted Revenue!F12", "1450.50",
            "Adjusted Revenue!G12", share("1450.50", "2150.49"),
            // The waterfall's cells beside the chart, rows 18..22: level after, base, bar
            "Summary!I18", "2150.49", "Summary!J18", "0", "Summary!K18", "2150.49",       // Reported on the axis
            "Summary!I19", "1650.50", "Summary!J19", "1650.50", "Summary!K19", "499.99",  // cloud floats on Cash
            "Summary!I20", "1650.50", "Summary!J20", "0", "Summary!K20", "1650.50",       // Cash on the axis
            "Summary!I21", "1450.50", "Summary!J21", "1450.50", "Summary!K21", "200.00",  // related floats on Adjusted
            "Summary!I22", "1450.50", "Summary!J22", "0", "Summary!K22", "1450.50");      // Adjusted on the axis

    @Test
    void everyFormulaCellHoldsTheHandWorkedFigureCachedAndRecalculated() throws Exception {
        Path file = export(TinyLedger.adjusted());

        try (XSSFWorkbook workbook = open(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            // No files and no metrics or coverage: no src sheets, no Unit Economics, no Coverage.
            assertThat(names).containsExactly("Summary", "Adjusted Revenue", "Adjustments", "Revenue", "Parties", "Rules");
            FormulaCheck check = FormulaCheck.of(workbook);
            assertThat(check.cached()).as("cached values written with the formulas").isEqualTo(TINY_FIGURES);
            assertThat(check.recalculated()).as("values the formulas give when calculated").isEqualTo(TINY_FIGURES);
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void summaryFormulasReadTheDataSheetsThroughCellReferences() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, "A1")).isEqualTo("Tiny AI: revenue, reported to adjusted");
            assertThat(text(summary, "A5")).isEqualTo("Reported revenue");
            assertThat(formula(summary, "C5")).isEqualTo("SUM(Revenue!$E$2:$E$9)");
            assertThat(formula(summary, "E5")).isEqualTo("COUNT(Revenue!$E$2:$E$9)");
            assertThat(text(summary, "A6")).isEqualTo("cloud-credit-revenue");
            assertThat(formula(summary, "C6")).isEqualTo("SUMIFS(Adjustments!$I$2:$I$4,Adjustments!$E$2:$E$4,$A6)");
            assertThat(formula(summary, "D6")).isEqualTo("IF($C$5=0,0,C6/$C$5)");
            assertThat(formula(summary, "E6")).isEqualTo("COUNTIFS(Adjustments!$E$2:$E$4,$A6)");
            assertThat(formula(summary, "C7")).isEqualTo("C5+SUM(C6:C6)");
            assertThat(formula(summary, "C9")).isEqualTo("C7+SUM(C8:C8)");
            assertThat(text(summary, "F6")).isEqualTo("Revenue settled in cloud credits");

            // Rules applied, with their basis and where they are defined.
            assertThat(text(summary, "A11")).isEqualTo("Rules applied");
            assertThat(List.of(text(summary, "A12"), text(summary, "B12"), text(summary, "C12"), text(summary, "F12")))
                    .containsExactly("cloud-credit-revenue", "cash", "rules/cloud.yaml:1", "ASC 606-10-32-21 noncash consideration");
            assertThat(text(summary, "F13")).isEqualTo("ASC 850 related parties");

            XSSFSheet months = workbook.getSheet("Adjusted Revenue");
            assertThat(List.of(text(months, "A2"), text(months, "B2"), text(months, "C2"), text(months, "D2"),
                    text(months, "E2"), text(months, "F2"), text(months, "G2")))
                    .containsExactly("Month", "Reported", "cloud-credit-revenue", "Cash", "related-party-revenue",
                            "Adjusted", "Adjusted % of reported");
            assertThat(cell(months, "A3").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(cell(months, "A3").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(formula(months, "B3")).isEqualTo("SUMIFS(Revenue!$E$2:$E$9,Revenue!$K$2:$K$9,$A3)");
            assertThat(formula(months, "C4"))
                    .isEqualTo("SUMIFS(Adjustments!$I$2:$I$4,Adjustments!$E$2:$E$4,C$2,Adjustments!$D$2:$D$4,\">=\"&$A4,"
                            + "Adjustments!$D$2:$D$4,\"<\"&DATE(YEAR($A4),MONTH($A4)+1,1))");
            assertThat(formula(months, "D4")).isEqualTo("B4+SUM(C4:C4)");
            assertThat(formula(months, "F4")).isEqualTo("D4+SUM(E4:E4)");
            assertThat(formula(months, "G4")).isEqualTo("IF(B4=0,0,F4/B4)");
            assertThat(text(months, "A5")).isEqualTo("Total");
            assertThat(formula(months, "B5")).isEqualTo("SUM(B3:B4)");
        }
    }

    @Test
    void keyFiguresHaveDefinedNames() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            Map<String, String> names = new LinkedHashMap<>();
            workbook.getAllNames().forEach(n -> {
                if (!n.getNameName().startsWith("_xlnm")) {
                    names.put(n.getNameName(), n.getRefersToFormula());
                }
            });
            assertThat(names).containsExactly(
                    Map.entry("ReportedRevenue", "Summary!$C$5"),
                    Map.entry("CashRevenue", "Summary!$C$7"),
                    Map.entry("AdjustedRevenue", "Summary!$C$9"),
                    Map.entry("AdjustedShare", "Summary!$D$9"));
            // A formula over the names gives the hand-worked figures: 1450.50 / 2150.49 and 2150.49 - 1450.50.
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Cell probe = workbook.getSheet("Rules").createRow(100).createCell(0);
            probe.setCellFormula("ReportedRevenue-AdjustedRevenue");
            assertThat(cents(evaluator.evaluate(probe).getNumberValue())).isEqualByComparingTo("699.99");
        }
    }

    @Test
    void presentationMoneyInDollarsSharesInPercentFrozenHeadersAndOnePageSummary() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(cell(summary, "C5").getCellStyle().getDataFormatString())
                    .isEqualTo("\"$\"#,##0.00;[Red](\"$\"#,##0.00)");
            assertThat(cell(summary, "D6").getCellStyle().getDataFormatString()).isEqualTo("0.0%;[Red](0.0%)");
            assertThat(cell(summary, "E5").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(workbook.getPrintArea(0)).startsWith("Summary!$A$1:$F$");

            for (String name : List.of("Adjusted Revenue", "Adjustments", "Revenue", "Parties", "Rules")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter()).as(name).isNotNull();
            }
            XSSFSheet months = workbook.getSheet("Adjusted Revenue");
            assertThat(months.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(months.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:G4"); // months only, not Total
            assertThat(months.getColumnWidth(1)).isEqualTo(22 * 256);
            assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("Arial");
        }
    }

    @Test
    void chartsAreNativeExcelChartsOverTheBridgeAndTheMonths() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            List<XSSFChart> summaryCharts = workbook.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(summaryCharts).hasSize(1);
            XSSFChart bridge = summaryCharts.get(0);
            assertThat(bridge.getTitleText().getString()).isEqualTo("Revenue bridge, reported to adjusted (USD)");
            XDDFChartData bars = bridge.getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            // A waterfall: an unfilled base under the amounts, both over the cells beside the chart.
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            XDDFChartData.Series base = bars.getSeries(0);
            XDDFChartData.Series amounts = bars.getSeries(1);
            assertThat(amounts.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$H$18:$H$22");
            assertThat(base.getValuesData().getDataRangeReference()).isEqualTo("Summary!$J$18:$J$22");
            assertThat(amounts.getValuesData().getDataRangeReference()).isEqualTo("Summary!$K$18:$K$22");
            // Reported, cloud step, Cash, related step, Adjusted: each step's size, floating on the level after it.
            List<Double> values = new ArrayList<>();
            List<Double> bases = new ArrayList<>();
            for (int i = 0; i < amounts.getValuesData().getPointCount(); i++) {
                values.add(amounts.getValuesData().getPointAt(i).doubleValue());
                bases.add(base.getValuesData().getPointAt(i).doubleValue());
            }
            assertThat(values).containsExactly(2150.49, 499.99, 1650.50, 200.00, 1450.50);
            assertThat(bases).containsExactly(0.0, 1650.50, 0.0, 1450.50, 0.0);

            List<XSSFChart> monthCharts = workbook.getSheet("Adjusted Revenue").getDrawingPatriarch().getCharts();
            assertThat(monthCharts).hasSize(1);
            XDDFChartData lines = monthCharts.get(0).getChartSeries().get(0);
            assertThat(lines).isInstanceOf(XDDFLineChartData.class);
            assertThat(lines.getSeriesCount()).isEqualTo(2);
            assertThat(lines.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Adjusted Revenue'!$B$3:$B$4");
            assertThat(lines.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("'Adjusted Revenue'!$F$3:$F$4");
            assertThat(lines.getSeries(0).getCategoryData().getPointAt(1)).isEqualTo("2026-04");
        }
    }

    @Test
    void revenueKeepsTheOriginalRowsLayoutAndTypes() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet revenue = workbook.getSheet("Revenue");
            assertThat(rowTexts(revenue.getRow(0))).containsExactly("Date", "Customer", "Channel", "Settlement", "Amount",
                    "Invoice", "Product", "Currency", "note", "region", "Month", "Source");
            // Entries were on rows 2, 3, 5, 6 and 9 of pnl.xlsx!Revenue, and are here too.
            List<Integer> rows = new ArrayList<>();
            revenue.forEach(r -> rows.add(r.getRowNum() + 1));
            assertThat(rows).containsExactly(1, 2, 3, 5, 6, 9);
            for (int r : List.of(2, 3, 5, 6, 9)) {
                assertThat(text(revenue, "L" + r)).isEqualTo("pnl.xlsx!Revenue!E" + r);
            }

            Cell date = cell(revenue, "A5");
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            Cell amount = cell(revenue, "E5");
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(250.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00;[Red](\"$\"#,##0.00)");
            assertThat(text(revenue, "D6")).isEqualTo("cloud-credit");
            assertThat(text(revenue, "F2")).isEqualTo("INV-1");
            assertThat(text(revenue, "G2")).isEqualTo("API");
            assertThat(text(revenue, "H2")).isEqualTo("USD");
            assertThat(cell(revenue, "K9").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));

            assertThat(revenue.getPaneInformation().isFreezePane()).isTrue();
            assertThat(revenue.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(revenue.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L9");
            assertThat(revenue.getColumnWidth(1)).isEqualTo(32 * 256);
        }
    }

    @Test
    void adjustmentsLinkEachRowToItsRevenueRow() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet adjustments = workbook.getSheet("Adjustments");
            XSSFSheet revenue = workbook.getSheet("Revenue");
            assertThat(rowTexts(adjustments.getRow(0))).containsExactly("Table", "Source cell", "Counterparty", "Date", "Rule",
                    "View", "Treatment", "Before", "Adjustment", "After", "Note", "Basis", "Rule file");
            assertThat(adjustments.getLastRowNum()).isEqualTo(3); // three adjustments; the overlap is not one

            // row, rule, source row, customer, month, before, change, after
            Object[][] expected = {
                {2, "cloud-credit-revenue", 3, "AWS Marketplace", LocalDate.of(2026, 3, 1), 300.00, -300.00, 0.00},
                {3, "cloud-credit-revenue", 6, "Investor Co", LocalDate.of(2026, 4, 1), 199.99, -199.99, 0.00},
                {4, "related-party-revenue", 9, "Investor Co", LocalDate.of(2026, 4, 1), 400.00, -200.00, 200.00},
            };
            for (Object[] e : expected) {
                int r = (int) e[0];
                assertThat(text(adjustments, "E" + r)).isEqualTo(e[1]);
                assertThat(text(adjustments, "A" + r)).isEqualTo("revenue");
                Cell source = cell(adjustments, "B" + r);
                assertThat(source.getStringCellValue()).isEqualTo("pnl.xlsx!Revenue!E" + e[2]);
                assertThat(source.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(source.getHyperlink().getAddress()).isEqualTo("Revenue!A" + e[2]);
                // The linked row is the same entry: its Source column names the same cell.
                assertThat(text(revenue, "L" + e[2])).isEqualTo(source.getStringCellValue());
                assertThat(text(adjustments, "C" + r)).isEqualTo(e[3]);
                // The entry's own date, in its month.
                assertThat(cell(adjustments, "D" + r).getLocalDateTimeCellValue().toLocalDate().withDayOfMonth(1)).isEqualTo(e[4]);
                assertThat(cell(adjustments, "D" + r).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(text(adjustments, "G" + r)).isEqualTo(r == 4 ? "haircut" : "stripped");
                assertThat(cell(adjustments, "H" + r).getNumericCellValue()).isEqualTo(e[5]);
                assertThat(cell(adjustments, "I" + r).getNumericCellValue()).isEqualTo(e[6]);
                assertThat(cell(adjustments, "J" + r).getNumericCellValue()).isEqualTo(e[7]);
            }
            assertThat(text(adjustments, "F4")).isEqualTo("adjusted");
            assertThat(text(adjustments, "L4")).isEqualTo("ASC 850 related parties");
            assertThat(adjustments.getPaneInformation().isFreezePane()).isTrue();
            assertThat(adjustments.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M4");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet revenue = workbook.getSheet("Revenue");
            Map<String, String> hostile = Map.of(
                    "B5", TinyLedger.HOSTILE_CUSTOMER, "C5", TinyLedger.HOSTILE_CHANNEL,
                    "F5", TinyLedger.HOSTILE_INVOICE, "G5", TinyLedger.HOSTILE_PRODUCT,
                    "I5", TinyLedger.HOSTILE_NOTE, "J5", TinyLedger.HOSTILE_REGION);
            hostile.forEach((ref, value) -> {
                assertThat(cell(revenue, ref).getCellType()).as(ref).isEqualTo(CellType.STRING);
                assertThat(cell(revenue, ref).getStringCellValue()).as(ref).isEqualTo(value);
            });
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        assertThat(sheet.getSheetName()).isIn("Summary", "Adjusted Revenue");
                        // Functions, references, operators and numbers only: no string literal but haircut's own
                        // date comparisons (">=" and "<" a month's start), so no input text.
                        assertThat(cell.getCellFormula().replace("\">=\"&", "").replace("\"<\"&", "")).doesNotContain("\"").matches("[A-Za-z0-9$!:,()+\\-/=']+");
                    }
                }
            }
        }
    }

    @Test
    void entriesFromSeveralSheetsAreWrittenInLedgerOrderAndStillLinked() throws Exception {
        // Two files, both with a row 2: original rows cannot be kept, so rows 2, 3, 4 in ledger order.
        List<RevenueEntry> entries = List.of(
                TinyLedger.entry("a.xlsx", "Revenue", "2026-01-05", "A", "direct", Settlement.CASH, Money.usd("10"), 2, Map.of()),
                TinyLedger.entry("b.csv", null, "2026-01-06", "B", "direct", Settlement.CLOUD_CREDIT, Money.usd("20"), 2, Map.of()),
                TinyLedger.entry("a.xlsx", "Revenue", "2026-02-01", "C", "direct", Settlement.CLOUD_CREDIT, Money.usd("30"), 3, Map.of()));
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted(entries, TinyLedger.CLOUD)))) {
            XSSFSheet revenue = workbook.getSheet("Revenue");
            // No extra attributes: Month is I, Source J.
            assertThat(List.of(text(revenue, "J2"), text(revenue, "J3"), text(revenue, "J4")))
                    .containsExactly("a.xlsx!Revenue!E2", "b.csv!E2", "a.xlsx!Revenue!E3");
            XSSFSheet adjustments = workbook.getSheet("Adjustments");
            // No files were imported, so nothing was copied: the links go to the entries' rows in Revenue.
            assertThat(cell(adjustments, "B2").getHyperlink().getAddress()).isEqualTo("Revenue!A3");
            assertThat(cell(adjustments, "B3").getHyperlink().getAddress()).isEqualTo("Revenue!A4");
            // Reported 10 + 20 + 30 = 60; cloud -(20 + 30) = -50; Cash 10; no adjusted-view rule, so Adjusted 10.
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(formula(summary, "C5")).isEqualTo("SUM(Revenue!$E$2:$E$4)");
            for (String[] f : new String[][] {{"C5", "60"}, {"C6", "-50"}, {"C7", "10"}, {"C8", "10"}}) {
                assertThat(cents(cell(summary, f[0]).getNumericCellValue())).isEqualByComparingTo(f[1]);
                assertThat(cents(evaluator.evaluate(cell(summary, f[0])).getNumberValue())).isEqualByComparingTo(f[1]);
            }
            assertThat(formula(summary, "C8")).isEqualTo("C7");
        }
    }

    @Test
    void aLedgerTenTimesTheStreamingWindowStaysRightAndLinked() throws Exception {
        // Entry i (1..1000) on row i + 1, amount i + 0.01, cloud-credit when i is even, January for i <= 500.
        List<RevenueEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            entries.add(TinyLedger.entry(i <= 500 ? "2026-01-15" : "2026-02-15", "Customer " + i, "direct",
                    i % 2 == 0 ? Settlement.CLOUD_CREDIT : Settlement.CASH, i + ".01", i + 1, Map.of()));
        }
        // Reported = (1 + ... + 1000) + 1000 x 0.01 = 500500 + 10 = 500510.00
        // cloud    = -((2 + 4 + ... + 1000) + 500 x 0.01) = -(250500 + 5) = -250505.00, 500 entries
        // Cash     = 500510.00 - 250505.00 = 250005.00
        // January: Reported (1 + ... + 500) + 5 = 125255.00; cloud -((2 + ... + 500) + 2.50) = -62752.50
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted(entries, TinyLedger.CLOUD)))) {
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, String> figures = Map.of("Summary!C5", "500510.00", "Summary!E5", "1000",
                    "Summary!C6", "-250505.00", "Summary!E6", "500", "Summary!C7", "250005.00", "Summary!C8", "250005.00",
                    "Adjusted Revenue!B3", "125255.00", "Adjusted Revenue!C3", "-62752.50");
            figures.forEach((ref, figure) -> {
                Cell c = cell(workbook.getSheet(ref.substring(0, ref.indexOf('!'))), ref.substring(ref.indexOf('!') + 1));
                assertThat(cents(c.getNumericCellValue())).as(ref).isEqualByComparingTo(figure);
                assertThat(cents(evaluator.evaluate(c).getNumberValue())).as(ref).isEqualByComparingTo(figure);
            });
            XSSFSheet adjustments = workbook.getSheet("Adjustments");
            assertThat(adjustments.getLastRowNum()).isEqualTo(500);
            assertThat(cell(adjustments, "B501").getHyperlink().getAddress()).isEqualTo("Revenue!A1001");
            assertThat(text(workbook.getSheet("Revenue"), "B1001")).isEqualTo("Customer 1000");
        }
    }

    @Test
    void anEmptyLedgerGivesAWorkbookOfZeros() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted(List.of(), TinyLedger.CLOUD)))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (String ref : List.of("C5", "D5", "C6", "D6", "C7", "C8")) {
                assertThat(cell(summary, ref).getNumericCellValue()).as(ref).isZero();
                assertThat(evaluator.evaluate(cell(summary, ref)).getNumberValue()).as(ref).isZero();
            }
            // An empty range below the header, never one that takes the header in.
            assertThat(formula(summary, "C5")).isEqualTo("SUM(Revenue!$E$2:$E$2)");
            assertThat(workbook.getSheet("Adjusted Revenue").getDrawingPatriarch()).isNull(); // no months, no chart
        }
    }

    @Test
    void noTemporaryFileIsLeftEvenWhenWritingFails() throws IOException {
        File poiTemp = Files.createDirectories(dir.resolve("poi-temp")).toFile();
        AdjustedLedger tiny = TinyLedger.adjusted();
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        TempFile.withStrategy(new DefaultTempFileCreationStrategy(poiTemp), () -> {
            try {
                AdjustedWorkbookExporter.write(tiny, Bridges.total(tiny), Bridges.byPeriod(tiny, Granularity.MONTH),
                        OutputStream.nullOutputStream());
                assertThatThrownBy(() -> AdjustedWorkbookExporter.write(tiny, Bridges.total(tiny),
                        Bridges.byPeriod(tiny, Granularity.MONTH), failing)).isInstanceOf(IOException.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });

        try (Stream<Path> left = Files.walk(poiTemp.toPath())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void mixedCurrenciesAreRefusedBeforeAnyFileIsWritten() {
        AdjustedLedger mixed = TinyLedger.adjusted(List.of(
                TinyLedger.entry("pnl.xlsx", "Revenue", "2026-01-10", "A", "direct", Settlement.CASH, Money.usd("1"), 2, Map.of()),
                TinyLedger.entry("pnl.xlsx", "Revenue", "2026-01-11", "B", "direct", Settlement.CASH,
                        new Money(BigDecimal.ONE, "EUR"), 3, Map.of())));
        Path target = dir.resolve("out/adjusted.xlsx");

        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(mixed, target, Set.of(), false))
                .isInstanceOf(HaircutException.class)
                .hasMessage("pnl.xlsx!Revenue!E3 is in EUR but the revenue at pnl.xlsx!Revenue!E2 is in USD; "
                        + "haircut does not add different currencies yet: import one currency at a time");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void ruleIdsThatSumifsWouldReadAsPatternsAreRefused() {
        Rule wildcard = TinyLedger.rule("cloud*", View.CASH, new Condition.FieldIn("settlement", Set.of("cloud-credit")));
        Path target = dir.resolve("adjusted.xlsx");

        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(
                TinyLedger.adjusted(TinyLedger.entries(), wildcard), target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + target + ": rule 'cloud*' (rules/x.yaml:1): the id has '*', which Excel's"
                        + " SUMIFS reads as a wildcard; use letters, digits, '-', '_' or '.' in rule ids");
        assertThat(target).doesNotExist();

        Rule lower = TinyLedger.rule("related", View.ADJUSTED, new Condition.FieldIn("customer", Set.of("a")));
        Rule upper = TinyLedger.rule("Related", View.ADJUSTED, new Condition.FieldIn("customer", Set.of("b")));
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(
                TinyLedger.adjusted(TinyLedger.entries(), lower, upper), target, Set.of(), false))
                .isInstanceOf(ExportException.class).hasMessageContaining("differ only in case");
    }

    @Test
    void refusesAnExistingWorkbookWithoutForceAndAnInputAlways() throws Exception {
        Path existing = Files.writeString(dir.resolve("adjusted.xlsx"), "previous");
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(TinyLedger.adjusted(), existing, Set.of(), false))
                .isInstanceOf(ExportException.class).hasMessage(existing + " exists; add --force to replace it");
        assertThat(existing).hasContent("previous");

        Path input = Files.writeString(dir.resolve("pnl.xlsx"), "the startup's workbook");
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(TinyLedger.adjusted(), input, Set.of(input), true))
                .isInstanceOf(ExportException.class).hasMessageContaining("is one of the input files");
        assertThat(input).hasContent("the startup's workbook");

        AdjustedWorkbookExporter.export(TinyLedger.adjusted(), existing, Set.of(input), true);
        try (XSSFWorkbook workbook = open(existing)) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void refusesANameThatIsNotAnXlsxFile() {
        Path target = dir.resolve("adjusted.csv");
        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(TinyLedger.adjusted(), target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessage(target + ": the adjusted workbook is an Excel file; give a name ending in .xlsx");
    }

    @Test
    void textLongerThanACellHoldsIsRefusedNamingItsSource() {
        String huge = "x".repeat(Cells.MAX_TEXT + 1);
        AdjustedLedger ledger = TinyLedger.adjusted(List.of(
                TinyLedger.entry("2026-01-10", huge, "direct", Settlement.CASH, "1.00", 7, Map.of())));
        Path target = dir.resolve("adjusted.xlsx");

        assertThatThrownBy(() -> AdjustedWorkbookExporter.export(ledger, target, Set.of(), false))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + target + ": pnl.xlsx!Revenue!E7: the customer has 32,768 characters;"
                        + " an Excel cell holds at most 32,767");
    }

    private Path export(AdjustedLedger adjusted) {
        Path file = dir.resolve("out/tiny-adjusted.xlsx");
        AdjustedWorkbookExporter.export(adjusted, file, Set.of(), true);
        return file;
    }

    public static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    public static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        assertThat(row).as(sheet.getSheetName() + "!" + ref).isNotNull();
        Cell cell = row.getCell(r.getCol());
        assertThat(cell).as(sheet.getSheetName() + "!" + ref).isNotNull();
        return cell;
    }

    public static String text(Sheet sheet, String ref) {
        return cell(sheet, ref).getStringCellValue();
    }

    public static String formula(Sheet sheet, String ref) {
        return cell(sheet, ref).getCellFormula();
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    public static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Sheet!Cell to figure, each at 4 decimals (the scale {@link FormulaCheck} compares at). */
    public static Map<String, BigDecimal> figures(String... refAndFigure) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < refAndFigure.length; i += 2) {
            figures.put(refAndFigure[i], FormulaCheck.scaled(new BigDecimal(refAndFigure[i + 1])));
        }
        return figures;
    }

    /** part / whole, for the hand-worked shares: the test's own division, to 10 places. */
    public static String share(String part, String whole) {
        return new BigDecimal(part).divide(new BigDecimal(whole), 10, RoundingMode.HALF_EVEN).toPlainString();
    }
}
