package io.haircut.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.ledger.Settlement;
import io.haircut.rules.applied.AdjustedLedger;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The figures of one adjusted ledger are built once however often they are asked for, and never reused for another. */
class FiguresReuseTest {

    private static AdjustedLedger company(String january) {
        return io.haircut.LedgerFixture.tinyCompany()
                .revenue("2026-01-15", "Globex", Settlement.CASH, january)
                .revenue("2026-02-03", "Initech", Settlement.CASH, "50.00")
                .adjusted();
    }

    @Test
    void theSameResultReusesItsFiguresAndAnotherGetsItsOwn() {
        AdjustedLedger first = company("100.00");
        Figures once = Figures.of(first);
        assertThat(Figures.of(first)).isSameAs(once);
        // Equal data, but another result (a re-import): built again from its own entries.
        assertThat(Figures.of(company("100.00"))).isNotSameAs(once);

        Period january = new Period(Granularity.MONTH, YearMonth.of(2026, 1));
        assertThat(UnitEconomics.of(first, january).reported().get(Metric.REVENUE).value()).isEqualByComparingTo("100.00");
        assertThat(UnitEconomics.of(company("700.00"), january).reported().get(Metric.REVENUE).value()).isEqualByComparingTo("700.00");
        assertThat(UnitEconomics.of(first, january).reported().get(Metric.REVENUE).value()).isEqualByComparingTo("100.00");
    }
}
