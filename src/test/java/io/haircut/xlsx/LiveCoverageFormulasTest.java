package io.haircut.xlsx;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.haircut.coverage.Basis;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.export.AnalysisWorkbook;
import io.haircut.export.FormulaCheck;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.rules.RuleSet;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.sheets.CoverageSheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Coverage sheet's live formulas compute what the coverage stage computes (docs/methodology.md,
 * "Coverage definitions"), for every kind of scenario: decay, without the top customer, on the reported
 * basis, without the vendors' own money. Recalculated, every formula of the sheet gives back its cached
 * value, which is the stage's figure; a formula left on older definitions would differ here.
 */
class LiveCoverageFormulasTest {

    @TempDir
    Path dir;

    @Test
    void everyCoverageFormulaRecalculatesToTheCoverageStagesFigure() throws Exception {
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
        Scenarios scenarios = new Scenarios(List.of(
                Scenario.constant("base", new BigDecimal("0.40")),
                new Scenario("slowdown", new BigDecimal("0.80"), new BigDecimal("0.25"), true, Basis.ADJUSTED),
                new Scenario("reported", new BigDecimal("0.40"), BigDecimal.ZERO, false, Basis.REPORTED),
                Scenario.constant("no-vendor", new BigDecimal("0.40")).leavingOutVendorFunding()));
        Path file = dir.resolve("model.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(adjusted, scenarios).workbook(), file, Set.of(), false);

        try (XSSFWorkbook book = open(file)) {
            FormulaCheck check = FormulaCheck.of(book);
            Map<String, BigDecimal> cached = coverage(check.cached());
            Map<String, BigDecimal> recalculated = coverage(check.recalculated());
            // Scenario inputs (4 rows) and the year rows: far more than a handful of formulas.
            assertThat(cached).hasSizeGreaterThan(100);
            assertThat(recalculated.keySet()).isEqualTo(cached.keySet());
            // The stage's figures are exact (34 digits); a spreadsheet calculates in binary doubles, which
            // drift by a few units in the 15th digit over a chain of formulas: hundred-billion figures may
            // differ by a thousandth of a cent. Anything a definition changed differs by far more.
            cached.forEach((ref, figure) -> assertThat(recalculated.get(ref)).as(ref)
                    .isCloseTo(figure, within(figure.abs().multiply(new BigDecimal("1e-13")).max(new BigDecimal("0.0001")))));
            assertThat(coverage(check.recalculatedTexts())).isEqualTo(coverage(check.texts()));
        }
    }

    /**
     * A company whose data end in December 2025: 2025 is complete, its revenue is in the cash and its
     * commitment taken as paid, so the rows start in 2026 and every figure counts from there. Hand figures
     * (docs/methodology.md, "Coverage definitions"), 10% growth, LTM = 12 x 1,000 = 12,000:
     * 2026: 13,200 revenue / 13,000 = 1.015384...; 2027 (no commitment): 14,520; 2028: 15,972 / 20,000 = 0.7986.
     * Cumulative 2026 = (4,000 cash + 600 credits + 13,200) / 13,000 = 1.369230...;
     * cumulative 2028 = (4,600 + 13,200 + 14,520 + 15,972) / (13,000 + 20,000) = 48,292 / 33,000 = 1.463393...
     */
    @Test
    void aCompleteBaseYearCountsFromTheNextYear() throws Exception {
        List<RevenueEntry> revenue = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            revenue.add(new RevenueEntry(LocalDate.of(2025, m, 15), "Acme", "direct", Settlement.CASH, Money.usd("1000"), Map.of(),
                    new SourceRef("books.xlsx", "Revenue", m + 1, 4)));
        }
        List<Commitment> commitments = List.of(
                new Commitment("Cloud", 2025, Money.usd("5000"), Status.BINDING, new SourceRef("books.xlsx", "Commitments", 2, 2)),
                new Commitment("Cloud", 2026, Money.usd("13000"), Status.BINDING, new SourceRef("books.xlsx", "Commitments", 3, 2)),
                new Commitment("Cloud", 2028, Money.usd("20000"), Status.BINDING, new SourceRef("books.xlsx", "Commitments", 4, 2)));
        List<CashBalance> cash = List.of(new CashBalance(YearMonth.of(2025, 12), Money.usd("4000"), Money.usd("600"),
                new SourceRef("books.xlsx", "Cash", 2, 1)));
        Ledger ledger = new Ledger("books", List.of(), revenue, List.of(), List.of(), List.of(), commitments,
                new PartyRegister(List.of()), cash);
        AdjustedLedger adjusted = Adjuster.apply(ledger, new RuleSet(List.of(), List.of()));
        Path file = dir.resolve("december.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(adjusted, new Scenarios(List.of(Scenario.constant("flat",
                new BigDecimal("0.10"))))).workbook(), file, Set.of(), false);

        try (XSSFWorkbook book = open(file)) {
            FormulaCheck check = FormulaCheck.of(book);
            Map<Integer, Integer> rows = new java.util.TreeMap<>();
            for (Row row : book.getSheet(CoverageSheet.NAME)) {
                Cell name = row.getCell(0);
                Cell year = row.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals("flat")
                        && year != null && year.getCellType() == CellType.NUMERIC) {
                    rows.putIfAbsent((int) year.getNumericCellValue(), row.getRowNum() + 1);
                }
            }
            assertThat(rows.keySet()).containsExactly(2026, 2028);
            Map<String, BigDecimal> expected = Map.of(
                    "E" + rows.get(2026), new BigDecimal("13200").divide(new BigDecimal("13000"), java.math.MathContext.DECIMAL128),
                    "E" + rows.get(2028), new BigDecimal("0.7986"),
                    "F" + rows.get(2026), new BigDecimal("17800").divide(new BigDecimal("13000"), java.math.MathContext.DECIMAL128),
                    "F" + rows.get(2028), new BigDecimal("48292").divide(new BigDecimal("33000"), java.math.MathContext.DECIMAL128),
                    "K" + rows.get(2028), new BigDecimal("43692"),
                    "L" + rows.get(2028), new BigDecimal("33000"));
            expected.forEach((cell, figure) -> {
                String ref = CoverageSheet.NAME + "!" + cell;
                assertThat(check.cached().get(ref)).as("cached " + ref).isEqualTo(FormulaCheck.scaled(figure));
                assertThat(check.recalculated().get(ref)).as("recalculated " + ref).isEqualTo(FormulaCheck.scaled(figure));
            });
            assertThat(coverage(check.recalculated())).isEqualTo(coverage(check.cached()));
        }
    }

    private static <V> Map<String, V> coverage(Map<String, V> figures) {
        return figures.entrySet().stream().filter(e -> e.getKey().startsWith(CoverageSheet.NAME + "!"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
