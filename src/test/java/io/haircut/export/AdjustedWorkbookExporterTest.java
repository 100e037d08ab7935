package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.bridge.Bridges;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Money;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.View;
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
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the tiny ledger's workbook, reads the saved file back, and checks it against the hand-worked figures. */
class AdjustedWorkbookExporterTest {

    @TempDir
    Path dir;

    /**
     * Every formula cell in the workbook and its figure from {@link TinyLedger}'s hand arithmetic.
     * Revenue has rows 2..9 (entries on rows 2, 3, 5, 6, 9), extra attribute columns I (note) and J (region),
     * so Month is K; Adjustments has three rows (2..4): cloud on rows 3 and 6, related party on row 9.
     */
    private static final Map<String, String> BRIDGE_FIGURES = figures(
            "D3", "2150.49", "E3", "5",     // Reported: 1000.00 + 300.00 + 250.50 + 199.99 + 400.00, five entries
            "D4", "-499.99", "E4", "2",     // cloud-credit-revenue: -(300.00 + 199.99)
            "D5", "1650.50",                // Cash: 2150.49 - 499.99
            "D6", "-200.00", "E6", "1",     // related-party-revenue: -50% of 400.00
            "D7", "1450.50",                // Adjusted: 1650.50 - 200.00
            // month table, header on row 10: Month | Reported | cloud | Cash | related | Adjusted
            "B11", "1300.00", "C11", "-300.00", "D11", "1000.00", "E11", "0.00", "F11", "1000.00",
            "B12", "850.49", "C12", "-199.99", "D12", "650.50", "E12", "-200.00", "F12", "450.50");

    @Test
    void everyBridgeFormulaHoldsAndRecalculatesToTheHandWorkedFigure() throws Exception {
        Path file = export(TinyLedger.adjusted());

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Bridge", "Revenue", "Adjustments");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, BigDecimal> cached = new LinkedHashMap<>();
            Map<String, BigDecimal> recalculated = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            String ref = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
                            cached.put(ref, cents(cell.getNumericCellValue()));
                            recalculated.put(ref, cents(evaluator.evaluate(cell).getNumberValue()));
                        }
                    }
                }
            }
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            BRIDGE_FIGURES.forEach((ref, figure) -> expected.put("Bridge!" + ref, new BigDecimal(figure).setScale(2)));
            assertThat(cached).as("cached values written with the formulas").isEqualTo(expected);
            assertThat(recalculated).as("values the formulas give when calculated").isEqualTo(expected);
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void bridgeFormulasReadTheDataSheetsThroughCellReferences() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted()))) {
            XSSFSheet bridge = workbook.getSheet("Bridge");
            assertThat(text(bridge, "A1")).isEqualTo("Revenue bridge (USD)");
            assertThat(formula(bridge, "D3")).isEqualTo("SUM(Revenue!$E$2:$E$9)");
            assertThat(text(bridge, "B4")).isEqualTo("cloud-credit-revenue");
            assertThat(formula(bridge, "D4")).isEqualTo("SUMIFS(Adjustments!$H$2:$H$4,Adjustments!$A$2:$A$4,$B4)");
            assertThat(formula(bridge, "E4")).isEqualTo("COUNTIFS(Adjustments!$A$2:$A$4,$B4)");
            assertThat(formula(bridge, "D5")).isEqualTo("D3+SUM(D4:D4)");
            assertThat(formula(bridge, "D7")).isEqualTo("D5+SUM(D6:D6)");
            assertThat(text(bridge, "F4")).isEqualTo("rules/cloud.yaml:1");
            assertThat(List.of(text(bridge, "A10"), text(bridge, "B10"), text(bridge, "C10"), text(bridge, "D10"),
                    text(bridge, "E10"), text(bridge, "F10")))
                    .containsExactly("Month", "Reported", "cloud-credit-revenue", "Cash", "related-party-revenue", "Adjusted");
            assertThat(cell(bridge, "A11").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(cell(bridge, "A11").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(formula(bridge, "B11")).isEqualTo("SUMIFS(Revenue!$E$2:$E$9,Revenue!$K$2:$K$9,$A11)");
            assertThat(formula(bridge, "C12"))
                    .isEqualTo("SUMIFS(Adjustments!$H$2:$H$4,Adjustments!$A$2:$A$4,C$10,Adjustments!$F$2:$F$4,$A12)");
            assertThat(formula(bridge, "D12")).isEqualTo("B12+SUM(C12:C12)");
            assertThat(formula(bridge, "F12")).isEqualTo("D12+SUM(E12:E12)");
            assertThat(cell(bridge, "D3").getCellStyle().getDataFormatString()).isEqualTo(Cells.MONEY_FORMAT);
            assertThat(bridge.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A10:F12");
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
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;[Red](#,##0.00)");
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
            assertThat(rowTexts(adjustments.getRow(0))).containsExactly("Rule", "View", "Basis", "Source cell", "Customer",
                    "Month", "Before", "Adjustment", "After");
            assertThat(adjustments.getLastRowNum()).isEqualTo(3); // three adjustments; the overlap is not one

            // row, rule, source row, customer, month, before, change, after
            Object[][] expected = {
                {2, "cloud-credit-revenue", 3, "AWS Marketplace", LocalDate.of(2026, 3, 1), 300.00, -300.00, 0.00},
                {3, "cloud-credit-revenue", 6, "Investor Co", LocalDate.of(2026, 4, 1), 199.99, -199.99, 0.00},
                {4, "related-party-revenue", 9, "Investor Co", LocalDate.of(2026, 4, 1), 400.00, -200.00, 200.00},
            };
            for (Object[] e : expected) {
                int r = (int) e[0];
                assertThat(text(adjustments, "A" + r)).isEqualTo(e[1]);
                Cell source = cell(adjustments, "D" + r);
                assertThat(source.getStringCellValue()).isEqualTo("pnl.xlsx!Revenue!E" + e[2]);
                assertThat(source.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(source.getHyperlink().getAddress()).isEqualTo("Revenue!A" + e[2]);
                // The linked row is the same entry: its Source column names the same cell.
                assertThat(text(revenue, "L" + e[2])).isEqualTo(source.getStringCellValue());
                assertThat(text(adjustments, "E" + r)).isEqualTo(e[3]);
                assertThat(cell(adjustments, "F" + r).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(e[4]);
                assertThat(cell(adjustments, "F" + r).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
                assertThat(cell(adjustments, "G" + r).getNumericCellValue()).isEqualTo(e[5]);
                assertThat(cell(adjustments, "H" + r).getNumericCellValue()).isEqualTo(e[6]);
                assertThat(cell(adjustments, "I" + r).getNumericCellValue()).isEqualTo(e[7]);
            }
            assertThat(text(adjustments, "B4")).isEqualTo("adjusted");
            assertThat(text(adjustments, "C4")).isEqualTo("ASC 850 related parties");
            assertThat(adjustments.getPaneInformation().isFreezePane()).isTrue();
            assertThat(adjustments.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I4");
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
                        assertThat(sheet.getSheetName()).isEqualTo("Bridge");
                        // Functions, references, commas and '+' only: no string literal, so no input text.
                        assertThat(cell.getCellFormula()).matches("[A-Z]+\\(.*\\)|[A-Z]+[0-9]+(\\+SUM\\(.*\\))?")
                                .matches("[A-Za-z0-9$!:,()+]+");
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
            assertThat(cell(adjustments, "D2").getHyperlink().getAddress()).isEqualTo("Revenue!A3");
            assertThat(cell(adjustments, "D3").getHyperlink().getAddress()).isEqualTo("Revenue!A4");
            // Reported 10 + 20 + 30 = 60; cloud -(20 + 30) = -50; Cash 10; no adjusted-view rule, so Adjusted 10.
            XSSFSheet bridge = workbook.getSheet("Bridge");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(formula(bridge, "D3")).isEqualTo("SUM(Revenue!$E$2:$E$4)");
            for (String[] f : new String[][] {{"D3", "60"}, {"D4", "-50"}, {"D5", "10"}, {"D6", "10"}}) {
                assertThat(cents(cell(bridge, f[0]).getNumericCellValue())).isEqualByComparingTo(f[1]);
                assertThat(cents(evaluator.evaluate(cell(bridge, f[0])).getNumberValue())).isEqualByComparingTo(f[1]);
            }
            assertThat(formula(bridge, "D6")).isEqualTo("D5");
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
            XSSFSheet bridge = workbook.getSheet("Bridge");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, String> figures = figures("D3", "500510.00", "E3", "1000", "D4", "-250505.00", "E4", "500",
                    "D5", "250005.00", "D6", "250005.00", "B10", "125255.00", "C10", "-62752.50");
            figures.forEach((ref, figure) -> {
                assertThat(cents(cell(bridge, ref).getNumericCellValue())).as(ref).isEqualByComparingTo(figure);
                assertThat(cents(evaluator.evaluate(cell(bridge, ref)).getNumberValue())).as(ref)
                        .isEqualByComparingTo(figure);
            });
            XSSFSheet adjustments = workbook.getSheet("Adjustments");
            assertThat(adjustments.getLastRowNum()).isEqualTo(500);
            assertThat(cell(adjustments, "D501").getHyperlink().getAddress()).isEqualTo("Revenue!A1001");
            assertThat(text(workbook.getSheet("Revenue"), "B1001")).isEqualTo("Customer 1000");
        }
    }

    @Test
    void anEmptyLedgerGivesAWorkbookOfZeros() throws Exception {
        try (XSSFWorkbook workbook = open(export(TinyLedger.adjusted(List.of(), TinyLedger.CLOUD)))) {
            XSSFSheet bridge = workbook.getSheet("Bridge");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (String ref : List.of("D3", "D4", "D5", "D6")) {
                assertThat(cell(bridge, ref).getNumericCellValue()).isZero();
                assertThat(evaluator.evaluate(cell(bridge, ref)).getNumberValue()).isZero();
            }
            // An empty range below the header, never one that takes the header in.
            assertThat(formula(bridge, "D3")).isEqualTo("SUM(Revenue!$E$2:$E$2)");
        }
    }

    @Test
    void streamingTemporaryFilesAreDeletedEvenWhenWritingFails() throws IOException {
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
                .isInstanceOf(HaircutException.class).hasMessageContaining("EUR and USD");
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
            assertThat(workbook.getSheet("Bridge")).isNotNull();
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

    private static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        assertThat(row).as(sheet.getSheetName() + "!" + ref).isNotNull();
        Cell cell = row.getCell(r.getCol());
        assertThat(cell).as(sheet.getSheetName() + "!" + ref).isNotNull();
        return cell;
    }

    private static String text(Sheet sheet, String ref) {
        return cell(sheet, ref).getStringCellValue();
    }

    private static String formula(Sheet sheet, String ref) {
        return cell(sheet, ref).getCellFormula();
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static Map<String, String> figures(String... refAndFigure) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < refAndFigure.length; i += 2) {
            figures.put(refAndFigure[i], refAndFigure[i + 1]);
        }
        return figures;
    }
}
