package io.haircut.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgesTest {

    private final AdjustedLedger adjusted = Adjuster.apply(LedgerFixture.of("tiny", "tiny.xlsx")
            .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
            .revenue("2026-01-05", "Globex", Settlement.CASH, "1000.00")
            .revenue("2026-01-20", "Globex", Settlement.CLOUD_CREDIT, "200.50")
            .revenue("2026-02-03", "AWS", Settlement.CASH, "300.25")          // group name matches
            .revenue("2026-02-04", "Amazon Web Services", Settlement.CLOUD_CREDIT, "50.00") // both rules match
            .revenue("2026-04-01", "Initech", Settlement.CASH, "10.01")
            .ledger(), new RuleSet(List.of(LedgerFixture.cloudCreditStrip(), LedgerFixture.relatedPartyStrip()), List.of()));

    @Test
    void totalBridgeStepsFromReportedToCashToAdjusted() {
        RevenueBridge b = Bridges.total(adjusted);
        // reported = 1000.00 + 200.50 + 300.25 + 50.00 + 10.01 = 1560.76
        assertThat(b.reported().amount()).isEqualByComparingTo("1560.76");
        // cloud credits: 200.50 + 50.00 = 250.50 over 2 entries
        assertThat(b.cashSteps().get(0).amount().amount()).isEqualByComparingTo("-250.50");
        assertThat(b.cashSteps().get(0).entries()).isEqualTo(2);
        assertThat(b.cash().amount()).isEqualByComparingTo("1310.26");
        // "AWS" is not an alias of Amazon (only the group name "Amazon" and its listed names are), so
        // the related-party step takes nothing; the AWS-named credit entry was already stripped for cash.
        assertThat(b.adjustedSteps().get(0).amount().amount()).isEqualByComparingTo("0");
        assertThat(b.adjusted().amount()).isEqualByComparingTo("1310.26");
        var skipped = adjusted.conflicts().stream().filter(c -> c.scope() == io.haircut.rules.Scope.REVENUE && c.blocked()).toList();
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).later().id()).isEqualTo("related-party-revenue");
    }

    @Test
    void monthlyBridgesCoverOnlyMonthsWithRevenue() {
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        assertThat(months).extracting(RevenueBridge::period).containsExactly("2026-01", "2026-02", "2026-04");
        // January: 1000.00 + 200.50 reported; 200.50 in credits
        assertThat(months.get(0).reported().amount()).isEqualByComparingTo("1200.50");
        assertThat(months.get(0).cash().amount()).isEqualByComparingTo("1000.00");
        // February: 300.25 + 50.00 reported; 50.00 in credits
        assertThat(months.get(1).cash().amount()).isEqualByComparingTo("300.25");
        List<RevenueBridge> quarters = Bridges.byPeriod(adjusted, Granularity.QUARTER);
        assertThat(quarters).extracting(RevenueBridge::period).containsExactly("2026-Q1", "2026-Q2");
        assertThat(quarters.get(0).adjusted().amount()).isEqualByComparingTo("1300.25");
    }

    @Test
    void relatedPartyAliasIsStrippedInTheAdjustedView() {
        AdjustedLedger a = Adjuster.apply(LedgerFixture.of("tiny", "tiny.xlsx")
                .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
                .revenue("2026-01-05", "AMAZON WEB SERVICES LLC", Settlement.CASH, "400.00")
                .revenue("2026-01-06", "Globex", Settlement.CASH, "100.00")
                .ledger(), new RuleSet(List.of(LedgerFixture.cloudCreditStrip(), LedgerFixture.relatedPartyHaircut("25")), List.of()));
        RevenueBridge b = Bridges.total(a);
        // 25% of 400.00 = 100.00 removed
        assertThat(b.adjustedSteps().get(0).amount().amount()).isEqualByComparingTo("-100.00");
        assertThat(b.adjusted().amount()).isEqualByComparingTo("400.00");
    }

    @Test
    void revenueLinesGiveEachEntryInTheThreeViews() {
        var lines = adjusted.revenueLines();
        // entry 2: 200.50 in credits -> stripped at the cash step
        assertThat(lines.get(1).cash()).isEqualByComparingTo("0");
        assertThat(lines.get(1).adjusted()).isEqualByComparingTo("0");
        // entry 1: plain cash revenue from a third party
        assertThat(lines.get(0).reported()).isEqualByComparingTo("1000.00");
        assertThat(lines.get(0).adjusted()).isEqualByComparingTo("1000.00");
        BigDecimalSum sum = new BigDecimalSum();
        lines.forEach(l -> sum.add(l.adjusted()));
        assertThat(sum.total).isEqualByComparingTo(Bridges.total(adjusted).adjusted().amount());
    }

    private static final class BigDecimalSum {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;

        void add(java.math.BigDecimal v) {
            total = total.add(v);
        }
    }
}
