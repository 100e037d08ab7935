package io.haircut.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void labelsMonthQuarterAndYear() {
        YearMonth may = YearMonth.of(2026, 5);
        assertThat(Period.containing(Granularity.MONTH, may).label()).isEqualTo("2026-05");
        assertThat(Period.containing(Granularity.QUARTER, may).label()).isEqualTo("2026-Q2");
        assertThat(Period.containing(Granularity.QUARTER, YearMonth.of(2026, 3)).label()).isEqualTo("2026-Q1");
        assertThat(Period.containing(Granularity.YEAR, may).label()).isEqualTo("2026");
    }

    @Test
    void sourceRefShowsSpreadsheetAddresses() {
        assertThat(new SourceRef("f.xlsx", "Revenue", 1207, 4).toString()).isEqualTo("f.xlsx!Revenue!E1207");
        assertThat(SourceRef.columnLetters(25)).isEqualTo("Z");
        assertThat(SourceRef.columnLetters(26)).isEqualTo("AA");
        assertThat(SourceRef.columnLetters(16383)).isEqualTo("XFD");
    }

    @Test
    void moneyRefusesToAddTwoCurrencies() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.usd("1").plus(new Money(java.math.BigDecimal.ONE, "EUR")))
                .hasMessage("an amount is in EUR but the amount it is added to is in USD; haircut does not add different currencies yet: import one currency at a time");
        assertThat(Money.usd("0.005").toCents()).isEqualByComparingTo("0.00"); // half-even
        assertThat(Money.usd("0.015").toCents()).isEqualByComparingTo("0.02");
    }
}
