package io.haircut.xlsx;

import static io.haircut.xlsx.AdjustedWorkbookExporterTest.open;
import static io.haircut.xlsx.WorkbookSourcesTest.assertSameBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.export.FormulaCheck;
import io.haircut.ledger.Granularity;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.LedgerImporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frontier-ai sample's workbook, as the walkthrough writes it: every formula cell on every sheet holds
 * the figure haircut computed (cached in the file, and again when POI recalculates it), and the workbook
 * imports again as the same bridge, to the cent, in total and by month. The bridge's own figures are
 * checked against the sample's rows by {@code SampleBridgeTest}; this test checks the workbook against
 * the bridge.
 */
class SampleWorkbookTest {

    @TempDir
    static Path dir;

    static AdjustedLedger adjusted;
    static Path workbook;

    @BeforeAll
    static void export() {
        adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
        workbook = dir.resolve("frontier-ai-adjusted.xlsx");
        AdjustedWorkbookExporter.export(adjusted, workbook, Set.of(), false);
    }

    @Test
    void everyFormulaCellHoldsHaircutsFigureCachedAndRecalculated() throws Exception {
        RevenueBridge total = Bridges.total(adjusted);
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        // The figures haircut computed, where the workbook puts them.
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("Summary!C5", total.reported().amount());
        int row = 6;
        for (BridgeStep s : total.cashSteps()) {
            expected.put("Summary!C" + row++, s.amount().amount());
        }
        expected.put("Summary!C" + row++, total.cash().amount());
        for (BridgeStep s : total.adjustedSteps()) {
            expected.put("Summary!C" + row++, s.amount().amount());
        }
        expected.put("Summary!C" + row, total.adjusted().amount());
        // Adjusted Revenue: Month | Reported | cash steps | Cash | adjusted steps | Adjusted | share,
        // months from row 3.
        int steps = total.steps().size();
        String cashColumn = String.valueOf((char) ('C' + total.cashSteps().size()));
        String adjustedColumn = String.valueOf((char) ('C' + steps + 1));
        for (int i = 0; i < months.size(); i++) {
            RevenueBridge m = months.get(i);
            int r = 3 + i;
            expected.put("Adjusted Revenue!B" + r, m.reported().amount());
            expected.put("Adjusted Revenue!" + cashColumn + r, m.cash().amount());
            expected.put("Adjusted Revenue!" + adjustedColumn + r, m.adjusted().amount());
        }
        int totalRow = 3 + months.size();
        expected.put("Adjusted Revenue!B" + totalRow, total.reported().amount());
        expected.put("Adjusted Revenue!" + adjustedColumn + totalRow, total.adjusted().amount());

        try (XSSFWorkbook book = open(workbook)) {
            FormulaCheck check = FormulaCheck.of(book);
            // Summary: reported, the steps, cash and adjusted, 3 formula columns each (amount, share,
            // entries), less Cash's and Adjusted's entry counts; Adjusted Revenue: 19 months and a total
            // row, each with reported, the steps, cash, adjusted and the adjusted share, and below them the same for
            // 7 quarters (2024-Q4 .. 2026-Q2), 3 years (2024 .. 2026) and the LTM; Investors: 5 groups (Amazon,
            // Google, Microsoft, Nvidia, Zephyr Robotics) with a share and a net flow each, and committed per $ funded
            // for the 4 that funded the company (Zephyr's is "n/a": it put no money in); the Summary's
            // waterfall cells: 5 bars (Reported, cloud-credit, Cash, related-party, Adjusted; the rules that
            // change no amount get none), each with its level, base and bar.
            assertThat(check.cached()).hasSize((steps + 3) * 3 - 2 + (19 + 1 + 7 + 3 + 1) * (steps + 4) + 5 * 2 + 4 + 5 * 3);
            assertThat(check.texts()).containsExactly(java.util.Map.entry("Investors!N9", "n/a"));
            assertThat(check.recalculated()).as("every formula recalculates to its cached value").isEqualTo(check.cached());
            expected.forEach((ref, figure) ->
                    assertThat(check.cached().get(ref)).as(ref).isEqualTo(FormulaCheck.scaled(figure)));
        }
    }

    /**
     * The workbook carries the Revenue and Parties tables in canonical form, so every revenue rule gives
     * the same step again. The round-trip flags link revenue to the Funding table, which the workbook
     * keeps only as its source copy: that one rule is left out here (it changes no amount either way).
     */
    @Test
    void theWorkbookImportsAgainAsTheSameBridgeInTotalAndByMonth() {
        RuleSet rules = RuleFiles.load(Path.of("rules"));
        RuleSet revenueOnly = new RuleSet(rules.rules().stream().filter(r -> !r.id().equals("round-trips")).toList(), rules.files(),
                rules.parties(), rules.disabled());
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(), revenueOnly);
        AdjustedLedger again = Adjuster.apply(LedgerImporter.importPath(workbook).ledger(), revenueOnly);
        assertSameBridge(Bridges.total(again), Bridges.total(adjusted));
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        List<RevenueBridge> monthsAgain = Bridges.byPeriod(again, Granularity.MONTH);
        assertThat(monthsAgain).hasSameSizeAs(months);
        for (int i = 0; i < months.size(); i++) {
            assertThat(monthsAgain.get(i).period()).isEqualTo(months.get(i).period());
            assertSameBridge(monthsAgain.get(i), months.get(i));
        }
        // README's figures, from the sample's rows (SampleBridgeTest checks them independently).
        assertThat(Bridges.total(again).adjusted().amount()).isEqualByComparingTo("9513849137.73");
    }
}
