package io.haircut.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Money;
import io.haircut.ledger.Settlement;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yearly and quarterly figures in bridges by a shorter period: shown in their own period, or spread evenly to the cent. */
class SpreadTest {

    // 2021: 600.00 in cash for the year. 2022: 1,000.00 in cash and 120.00 settled in cloud credits, for the year.
    private final AdjustedLedger adjusted = Adjuster.apply(LedgerFixture.of("tiny", "tiny.xlsx")
            .line("2021-12-31", "Revenue", 12, Settlement.CASH, "600.00")
            .line("2022-12-31", "Revenue", 12, Settlement.CASH, "1000.00")
            .line("2022-12-31", "Cloud revenue", 12, Settlement.CLOUD_CREDIT, "120.00")
            .ledger(), new RuleSet(List.of(LedgerFixture.cloudCreditStrip()), List.of()));

    @Test
    void aYearsFigureIsShownAsTheYearInABridgeByMonth() {
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        assertThat(months).extracting(RevenueBridge::period).containsExactly("2021", "2022");
        assertThat(months.get(1).reported().amount()).isEqualByComparingTo("1120.00");
        assertThat(months.get(1).cash().amount()).isEqualByComparingTo("1000.00"); // 1,120.00 - 120.00 in credits
        assertThat(Bridges.note(adjusted.ledger(), Granularity.MONTH, Spread.NONE)).contains("the data has yearly figures, longer than a month;"
                + " each is shown in its own period (add --spread even to spread them evenly over their months)");
        assertThat(Bridges.note(adjusted.ledger(), Granularity.QUARTER, Spread.NONE)).contains("the data has yearly figures, longer than a quarter;"
                + " each is shown in its own period (add --spread even to spread them evenly over their months)");
    }

    @Test
    void anEvenSpreadGivesEachMonthItsShareAndTheLastTheRemainder() {
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH, Spread.EVEN);
        assertThat(months).hasSize(24);
        assertThat(months.get(0).period()).isEqualTo("2021-01");
        assertThat(months.get(0).reported().amount()).isEqualByComparingTo("50.00"); // 600.00 / 12
        // 2022: 1,000.00 / 12 = 83.33 (to the cent, down) for eleven months, 1,000.00 - 11 x 83.33 = 83.37 in December;
        // the credits 120.00 / 12 = 10.00 a month, all stripped from cash.
        assertThat(months.get(12).period()).isEqualTo("2022-01");
        assertThat(months.get(12).reported().amount()).isEqualByComparingTo("93.33");
        assertThat(months.get(12).cash().amount()).isEqualByComparingTo("83.33");
        assertThat(months.get(23).reported().amount()).isEqualByComparingTo("93.37");
        assertThat(months.get(23).cash().amount()).isEqualByComparingTo("83.37");
        Money year = months.subList(12, 24).stream().map(RevenueBridge::reported).reduce(Money.zero(Money.USD), Money::plus);
        assertThat(year.amount()).isEqualByComparingTo("1120.00");

        List<RevenueBridge> quarters = Bridges.byPeriod(adjusted, Granularity.QUARTER, Spread.EVEN);
        assertThat(quarters).extracting(RevenueBridge::period).containsExactly("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4",
                "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4");
        assertThat(quarters.get(4).cash().amount()).isEqualByComparingTo("249.99"); // 3 x 83.33
        assertThat(quarters.get(7).cash().amount()).isEqualByComparingTo("250.03"); // 83.33 + 83.33 + 83.37
    }

    @Test
    void aQuartersFigureFitsABridgeByQuarterAndNeedsNoNote() {
        AdjustedLedger q = Adjuster.apply(LedgerFixture.of("tiny", "tiny.xlsx")
                .line("2017-03-31", "Revenue", 3, Settlement.CASH, "100.00")
                .line("2017-06-30", "Revenue", 3, Settlement.CASH, "110.00")
                .ledger(), RuleSet.empty());
        assertThat(Bridges.byPeriod(q, Granularity.QUARTER)).extracting(RevenueBridge::period).containsExactly("2017-Q1", "2017-Q2");
        assertThat(Bridges.note(q.ledger(), Granularity.QUARTER, Spread.NONE)).isEmpty();
        assertThat(Bridges.byPeriod(q, Granularity.MONTH)).extracting(RevenueBridge::period).containsExactly("2017-Q1", "2017-Q2");
        assertThat(Bridges.note(q.ledger(), Granularity.MONTH, Spread.NONE)).contains("the data has quarterly figures, longer than a month;"
                + " each is shown in its own period (add --spread even to spread them evenly over their months)");
    }

    @Test
    void aHalfYearIsLabelledByItsHalf() {
        AdjustedLedger h = Adjuster.apply(LedgerFixture.of("tiny", "tiny.xlsx")
                .line("2024-12-31", "Revenue", 12, Settlement.CASH, "200.00")
                .line("2025-06-30", "Revenue", 6, Settlement.CASH, "120.00")
                .ledger(), RuleSet.empty());
        List<RevenueBridge> quarters = Bridges.byPeriod(h, Granularity.QUARTER);
        assertThat(quarters).extracting(RevenueBridge::period).containsExactly("2024", "2025-H1");
        assertThat(quarters.get(1).reported().amount()).isEqualByComparingTo("120.00");
        assertThat(Bridges.note(h.ledger(), Granularity.QUARTER, Spread.NONE)).contains("the data has half-yearly and yearly figures, longer than a quarter;"
                + " each is shown in its own period (add --spread even to spread them evenly over their months)");
    }

    @Test
    void theWorkbooksMonthRowsDateEachFigureInItsLastMonth() {
        // The adjusted workbook selects Revenue rows by their month: the years 2021 and 2022 are dated 2021-12 and 2022-12.
        List<RevenueBridge> dated = Bridges.byDatedMonth(adjusted);
        assertThat(dated).extracting(RevenueBridge::period).containsExactly("2021-12", "2022-12");
        assertThat(dated.get(1).reported().amount()).isEqualByComparingTo("1120.00");
        assertThat(dated.get(1).cash().amount()).isEqualByComparingTo("1000.00");
    }
}
