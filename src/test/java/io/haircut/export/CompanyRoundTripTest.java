package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.bridge.Bridges;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.investors.InvestorGroup;
import io.haircut.investors.Investors;
import io.haircut.investors.InvestorsReport;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Period;
import io.haircut.metrics.PeriodSelection;
import io.haircut.metrics.UnitEconomics;
import io.haircut.report.BridgeFormats;
import io.haircut.report.CoverageFormats;
import io.haircut.report.CsvRenderer;
import io.haircut.report.InvestorsFormats;
import io.haircut.report.MetricsFormats;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an exported workbook restores the company, not only its revenue: the Costs, Customers,
 * Funding, Commitments and Cash sheets are read back, so the bridge, the unit economics and the
 * commitment coverage of the re-imported export equal the original's to the cent; the Parties sheet
 * is read back too, so the investors report is the same.
 */
class CompanyRoundTripTest {

    private static final PeriodSelection Q1_2026 = PeriodSelection.of(new Period(Granularity.QUARTER, YearMonth.of(2026, 1)));

    @TempDir
    Path dir;

    @Test
    void theReimportedExportGivesTheSameBridgeMetricsCoverageAndInvestors() {
        RuleSet rules = RuleFiles.load(Path.of("rules"));
        AdjustedLedger original = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(), rules);
        Path file = dir.resolve("frontier-ai-adjusted.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(original, Scenarios.DEFAULTS).workbook(), file, Set.of(), false);

        AdjustedLedger back = Adjuster.apply(LedgerImporter.importPath(file).ledger(), rules);

        // The tables themselves: as many rows, the same sums.
        Ledger a = original.ledger();
        Ledger b = back.ledger();
        assertThat(b.costs()).hasSameSizeAs(a.costs());
        assertThat(sum(b.costs(), c -> c.amount())).isEqualByComparingTo(sum(a.costs(), c -> c.amount()));
        assertThat(b.funding()).hasSameSizeAs(a.funding());
        assertThat(sum(b.funding(), f -> f.amount())).isEqualByComparingTo(sum(a.funding(), f -> f.amount()));
        assertThat(b.commitments()).hasSameSizeAs(a.commitments());
        assertThat(sum(b.commitments(), c -> c.amount())).isEqualByComparingTo(sum(a.commitments(), c -> c.amount()));
        assertThat(b.cash()).hasSameSizeAs(a.cash());
        assertThat(sum(b.cash(), c -> c.cash())).isEqualByComparingTo(sum(a.cash(), c -> c.cash()));
        assertThat(b.customers()).hasSameSizeAs(a.customers());
        assertThat(b.parties().parties()).hasSameSizeAs(a.parties().parties()).hasSize(13);

        // The figures, as the commands print them (every amount to the cent).
        assertThat(CsvRenderer.text(BridgeFormats.report(Bridges.total(back)))).isEqualTo(CsvRenderer.text(BridgeFormats.report(Bridges.total(original))));
        assertThat(CsvRenderer.text(MetricsFormats.report(UnitEconomics.report(back, null, Q1_2026))))
                .isEqualTo(CsvRenderer.text(MetricsFormats.report(UnitEconomics.report(original, null, Q1_2026))));
        assertThat(CsvRenderer.text(CoverageFormats.report(coverage(back)))).isEqualTo(CsvRenderer.text(CoverageFormats.report(coverage(original))));
        assertThat(coverage(back)).isNotEmpty();
        // Who funded whom: the parties and the funding rounds read back give the same investors report.
        InvestorsReport investors = Investors.of(back, null);
        assertThat(CsvRenderer.text(InvestorsFormats.report(investors))).isEqualTo(CsvRenderer.text(InvestorsFormats.report(Investors.of(original, null))));
        // By hand from the sample's funding rows: Amazon's binding rounds 4.0B + 3.5B cash + 1.5B in credits;
        // Microsoft's 2B binding and 3B contingent. Read back only if the Parties sheet groups the legal names.
        InvestorGroup amazon = group(investors, "Amazon");
        assertThat(amazon.fundingBinding()).isEqualByComparingTo("9000000000.00");
        assertThat(amazon.fundingBindingCredits()).isEqualByComparingTo("1500000000.00");
        InvestorGroup microsoft = group(investors, "Microsoft");
        assertThat(microsoft.fundingBinding()).isEqualByComparingTo("2000000000.00");
        assertThat(microsoft.fundingContingent()).isEqualByComparingTo("3000000000.00");
    }

    private static InvestorGroup group(InvestorsReport r, String name) {
        return r.groups().stream().filter(g -> g.group().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + " in " + r.groups()));
    }

    private static List<CoverageReport> coverage(AdjustedLedger adjusted) {
        List<CoverageReport> reports = new ArrayList<>();
        for (Scenario s : Scenarios.DEFAULTS.all()) {
            reports.add(Coverage.of(adjusted, s, CoverageOptions.bindingOnly()));
        }
        return reports;
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, Money> amount) {
        return rows.stream().map(amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
