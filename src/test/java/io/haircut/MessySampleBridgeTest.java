package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.ImportOptions;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The messy frontier-ai data room (a wide P&L in USD thousands under a title block, a billing system's
 * revenue export with its own column names, a deck's funding table in $M, commitments by year in $B, a
 * related-party register with its own headers, plus a mapping file for the billing system's words)
 * imports to the same company as the canonical workbook: the same bridge to the cent, in total and by
 * month, and the same figures in every table.
 */
class MessySampleBridgeTest {

    private static final Path MESSY = Path.of("samples", "frontier-ai-messy");
    private static ImportedLedger messy;
    private static Ledger canonical;
    private static RuleSet rules;

    @BeforeAll
    static void importBoth() {
        messy = LedgerImporter.importPaths(List.of(MESSY.resolve("financials.xlsx"), MESSY.resolve("billing-export.csv")),
                new ImportOptions(MESSY.resolve("mapping.yaml"), null, false));
        canonical = LedgerImporter.importPath(Path.of("samples", "frontier-ai.xlsx")).ledger();
        rules = RuleFiles.load(Path.of("rules"));
    }

    @Test
    void theBridgeIsTheCanonicalOneToTheCentInTotalAndByMonth() {
        var fromMessy = Adjuster.apply(messy.ledger(), rules);
        var fromCanonical = Adjuster.apply(canonical, rules);
        assertSame(Bridges.total(fromMessy), Bridges.total(fromCanonical));
        // The figures samples/README.md states for frontier-ai.
        assertThat(Bridges.total(fromMessy).reported().amount()).isEqualByComparingTo("10802729880.11");
        assertThat(Bridges.total(fromMessy).adjusted().amount()).isEqualByComparingTo("9513849137.73");
        List<RevenueBridge> a = Bridges.byPeriod(fromMessy, Granularity.MONTH);
        List<RevenueBridge> b = Bridges.byPeriod(fromCanonical, Granularity.MONTH);
        assertThat(a).extracting(RevenueBridge::period).containsExactlyElementsOf(b.stream().map(RevenueBridge::period).toList());
        for (int i = 0; i < a.size(); i++) {
            assertSame(a.get(i), b.get(i));
        }
    }

    @Test
    void everyRevenueEntryIsTheCanonicalOne() {
        List<RevenueEntry> m = messy.ledger().revenue();
        List<RevenueEntry> c = canonical.revenue();
        assertThat(m).hasSize(c.size());
        for (int i = 0; i < c.size(); i++) {
            RevenueEntry x = m.get(i);
            RevenueEntry y = c.get(i);
            assertThat(List.of(x.date(), x.customer(), x.channel(), x.settlement(), x.amount().currency()))
                    .as("entry %d", i).isEqualTo(List.of(y.date(), y.customer(), y.channel(), y.settlement(), y.amount().currency()));
            assertThat(x.amount().amount()).as("entry %d", i).isEqualByComparingTo(y.amount().amount());
            assertThat(x.attributes().get("invoice")).isEqualTo(y.attributes().get("invoice"));
        }
    }

    @Test
    void theOtherTablesHoldTheCanonicalFigures() {
        Ledger m = messy.ledger();
        // Costs come from the wide P&L (thousands with five decimals), one entry per line and month.
        assertThat(sorted(m.costs(), c -> c.month() + " " + c.category() + " " + c.paidWith() + " " + plain(c.amount().amount())))
                .isEqualTo(sorted(canonical.costs(), c -> c.month() + " " + c.category() + " " + c.paidWith() + " " + plain(c.amount().amount())));
        assertThat(sorted(m.customers(), c -> c.month() + " " + c.active() + " " + c.added() + " " + c.churned()))
                .isEqualTo(sorted(canonical.customers(), c -> c.month() + " " + c.active() + " " + c.added() + " " + c.churned()));
        assertThat(sorted(m.cash(), c -> c.month() + " " + plain(c.cash().amount()) + " " + plain(c.unusedCredits().amount())))
                .isEqualTo(sorted(canonical.cash(), c -> c.month() + " " + plain(c.cash().amount()) + " " + plain(c.unusedCredits().amount())));
        assertThat(sorted(m.funding(), f -> f.date() + " " + f.investor() + " " + plain(f.amount().amount()) + " " + f.form() + " " + f.status()))
                .isEqualTo(sorted(canonical.funding(), f -> f.date() + " " + f.investor() + " " + plain(f.amount().amount()) + " " + f.form() + " " + f.status()));
        assertThat(sorted(m.commitments(), c -> c.vendor() + " " + c.year() + " " + plain(c.amount().amount()) + " " + c.status()))
                .isEqualTo(sorted(canonical.commitments(), c -> c.vendor() + " " + c.year() + " " + plain(c.amount().amount()) + " " + c.status()));
        assertThat(sorted(m.parties().parties(), p -> p.name() + " " + p.group() + " " + p.relationship()))
                .isEqualTo(sorted(canonical.parties().parties(), p -> p.name() + " " + p.group() + " " + p.relationship()));
        assertThat(m.company()).isEqualTo("frontier-ai");
        // The mapping file is an input too: an export may never overwrite it.
        assertThat(m.files()).extracting(f -> f.path()).containsExactly(MESSY.resolve("financials.xlsx").toString(),
                MESSY.resolve("billing-export.csv").toString(), MESSY.resolve("mapping.yaml").toString());
    }

    @Test
    void itsTotalsAllAgreeAndTheProfitAndLossAgreesWithTheBillingExport() {
        assertThat(messy.warnings()).isEmpty();
        assertThat(messy.notes()).contains("P&L revenue lines checked against the revenue ledger: 19 of 19 periods agree"
                + " (the ledger's entries are used; the P&L lines are not imported as entries)");
    }

    private static void assertSame(RevenueBridge a, RevenueBridge b) {
        assertThat(a.reported()).isEqualByComparingTo(b.reported());
        assertThat(a.cash()).isEqualByComparingTo(b.cash());
        assertThat(a.adjusted()).isEqualByComparingTo(b.adjusted());
        assertThat(a.cashSteps()).hasSameSizeAs(b.cashSteps());
        for (int i = 0; i < a.cashSteps().size(); i++) {
            assertThat(a.cashSteps().get(i).amount()).isEqualByComparingTo(b.cashSteps().get(i).amount());
            assertThat(a.cashSteps().get(i).entries()).isEqualTo(b.cashSteps().get(i).entries());
        }
        for (int i = 0; i < a.adjustedSteps().size(); i++) {
            assertThat(a.adjustedSteps().get(i).amount()).isEqualByComparingTo(b.adjustedSteps().get(i).amount());
            assertThat(a.adjustedSteps().get(i).entries()).isEqualTo(b.adjustedSteps().get(i).entries());
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static <T> List<String> sorted(List<T> items, Function<T, String> key) {
        return items.stream().map(key).sorted().toList();
    }
}
