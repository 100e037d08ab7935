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

    @Test
    void revenueInASecondCurrencyIsRefusedNamingItsCell() {
        RevenueEntry usd = new RevenueEntry(java.time.LocalDate.of(2026, 1, 5), "Acme", "direct", Settlement.CASH, Money.usd("10.00"),
                java.util.Map.of(), new SourceRef("f.xlsx", "Revenue", 2, 4));
        RevenueEntry eur = new RevenueEntry(java.time.LocalDate.of(2026, 1, 6), "Globex", "direct", Settlement.CASH,
                new Money(java.math.BigDecimal.TEN, "EUR"), java.util.Map.of(), new SourceRef("f.xlsx", "Revenue", 3, 4));
        Ledger oneCurrency = new Ledger("c", java.util.List.of(), java.util.List.of(usd, usd), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), PartyRegister.empty(), java.util.List.of());
        Ledger mixed = new Ledger("c", java.util.List.of(), java.util.List.of(usd, eur), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), PartyRegister.empty(), java.util.List.of());
        assertThat(oneCurrency.revenueCurrency()).isEqualTo("USD");
        org.assertj.core.api.Assertions.assertThatThrownBy(mixed::revenueCurrency)
                .hasMessage("f.xlsx!Revenue!E3 is in EUR but the revenue at f.xlsx!Revenue!E2 is in USD; haircut does not add"
                        + " different currencies yet: import one currency at a time");
    }

    @Test
    void centsAreRoundedHalfEven() {
        assertThat(Money.cents(new java.math.BigDecimal("2.345"))).isEqualByComparingTo("2.34");
        assertThat(Money.cents(new java.math.BigDecimal("-2.355"))).isEqualByComparingTo("-2.36");
        assertThat(Money.usd("1234567.891").grouped()).isEqualTo("USD 1,234,567.89");
    }
}
