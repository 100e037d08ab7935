package io.haircut.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.report.BridgeFormats;
import io.haircut.report.JsonRenderer;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sums are exact: a million entries add up to the cent through the real bridge, against closed forms a
 * reader can check by hand, and rounding (half-even, to cents) happens once, when a figure is shown.
 */
class ExactSumsTest {

    private static final int N = 1_000_000;

    @Test
    void aMillionEntriesSumExactlyToTheCent() {
        // Entry k (k = 1 .. 1,000,000) is k cents; even k are settled in cloud credits, odd k in cash;
        // entry k falls in month (k mod 12) + 1 of 2025.
        List<RevenueEntry> entries = new ArrayList<>(N);
        SourceRef source = new SourceRef("million.csv", null, 2, 4);
        for (int k = 1; k <= N; k++) {
            entries.add(new RevenueEntry(LocalDate.of(2025, k % 12 + 1, 1), "c", "direct",
                    k % 2 == 0 ? Settlement.CLOUD_CREDIT : Settlement.CASH,
                    new Money(BigDecimal.valueOf(k, 2), "USD"), Map.of(), source));
        }
        Ledger ledger = new Ledger("million", List.of(), entries, List.of(), List.of(), List.of(), List.of(),
                new PartyRegister(List.of()), List.of());
        AdjustedLedger adjusted = Adjuster.apply(ledger, new RuleSet(List.of(LedgerFixture.cloudCreditStrip()), List.of()));

        RevenueBridge total = Bridges.total(adjusted);

        // Reported: 1 + 2 + ... + n = n(n+1)/2 = 1,000,000 x 1,000,001 / 2 = 500,000,500,000 cents.
        assertThat(total.reported().amount()).isEqualTo(new BigDecimal("5000005000.00"));
        // Stripped, the even k: 2 x (1 + ... + 500,000) = 500,000 x 500,001 = 250,000,500,000 cents.
        assertThat(total.cashSteps().get(0).amount().amount()).isEqualTo(new BigDecimal("-2500005000.00"));
        assertThat(total.cashSteps().get(0).entries()).isEqualTo(500_000);
        // Cash, the odd k: 1 + 3 + ... + 999,999 = 500,000^2 = 250,000,000,000 cents.
        assertThat(total.cash().amount()).isEqualTo(new BigDecimal("2500000000.00"));
        assertThat(total.adjusted().amount()).isEqualTo(new BigDecimal("2500000000.00"));

        // By month: month m + 1 holds the k with k mod 12 = m.
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        assertThat(months).hasSize(12);
        // January (m = 0): k = 12, 24, ..., 999,996, i.e. 12j for j = 1 .. 83,333:
        // 12 x 83,333 x 83,334 / 2 = 41,666,833,332 cents.
        assertThat(months.get(0).period()).isEqualTo("2025-01");
        assertThat(months.get(0).reported().amount()).isEqualTo(new BigDecimal("416668333.32"));
        // December (m = 11): k = 12j + 11 for j = 0 .. 83,332 (83,333 entries):
        // 12 x (83,332 x 83,333 / 2) + 11 x 83,333 = 41,665,833,336 + 916,663 = 41,666,749,999 cents.
        assertThat(months.get(11).period()).isEqualTo("2025-12");
        assertThat(months.get(11).reported().amount()).isEqualTo(new BigDecimal("416667499.99"));
        assertThat(months.stream().map(RevenueBridge::reported).reduce(Money.zero(Money.USD), Money::plus))
                .isEqualTo(total.reported());
    }

    @Test
    void roundingHappensOnceWhenShownHalfEven() {
        // Five entries of half a cent: exactly 0.025 in total. Rounded once, half-even, that is 0.02 (the
        // even cent); rounding each entry first would give 0.00, rounding half-up 0.03.
        LedgerFixture tiny = LedgerFixture.of("tiny", "tiny.xlsx");
        for (int i = 0; i < 5; i++) {
            tiny.revenue("2025-01-0" + (i + 1), "c", Settlement.CASH, "0.005");
        }
        RevenueBridge total = Bridges.total(Adjuster.apply(tiny.ledger(), RuleSet.empty()));

        assertThat(total.reported().amount()).isEqualTo(new BigDecimal("0.025"));
        assertThat(JsonRenderer.text(BridgeFormats.report(total))).contains("\"reported\": \"0.02\"");
        // Seven of them: 0.035, half-even to 0.04 (the even cent above).
        tiny.revenue("2025-01-06", "c", Settlement.CASH, "0.005").revenue("2025-01-07", "c", Settlement.CASH, "0.005");
        assertThat(JsonRenderer.text(BridgeFormats.report(Bridges.total(Adjuster.apply(tiny.ledger(), RuleSet.empty()))))).contains("\"reported\": \"0.04\"");
    }
}
