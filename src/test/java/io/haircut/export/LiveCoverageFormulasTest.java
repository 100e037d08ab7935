package io.haircut.export;

import static io.haircut.export.AdjustedWorkbookExporterTest.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.haircut.coverage.Basis;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Adjuster;
import io.haircut.rules.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    private static <V> Map<String, V> coverage(Map<String, V> figures) {
        return figures.entrySet().stream().filter(e -> e.getKey().startsWith(CoverageSheet.NAME + "!"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
