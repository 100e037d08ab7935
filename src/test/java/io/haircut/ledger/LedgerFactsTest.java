package io.haircut.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a ledger tells of its revenue as a whole: its months, its longest figure, forecasts, its one currency. */
class LedgerFactsTest {

    @Test
    void monthsSpansForecastsAndCurrencyOfTheRevenue() {
        // A Q1 2025 figure (dated 2025-03-31, covering January to March), a May 2025 invoice, a forecast for June.
        Ledger ledger = ledger(List.of(
                entry("2025-03-31", "USD", Span.ending(YearMonth.of(2025, 3), 3), FigureBasis.ACTUAL),
                entry("2025-05-10", "USD", null, FigureBasis.ACTUAL),
                entry("2025-06-30", "USD", null, FigureBasis.FORECAST)));

        assertThat(ledger.firstMonth()).contains(YearMonth.of(2025, 1));
        assertThat(ledger.lastMonth()).contains(YearMonth.of(2025, 6));
        assertThat(ledger.longestRevenueSpan()).isEqualTo(3);
        assertThat(ledger.hasForecasts()).isTrue();
        assertThat(ledger.revenueCurrency()).isEqualTo("USD");
    }

    @Test
    void eachLedgerAnswersForItselfWhenAskedInTurn() {
        Ledger euros = ledger(List.of(entry("2024-02-10", "EUR", null, FigureBasis.ACTUAL)));
        Ledger dollars = ledger(List.of(entry("2025-07-10", "USD", null, FigureBasis.ACTUAL),
                entry("2025-09-10", "USD", null, FigureBasis.ACTUAL)));

        for (int round = 0; round < 2; round++) {
            assertThat(euros.lastMonth()).contains(YearMonth.of(2024, 2));
            assertThat(euros.revenueCurrency()).isEqualTo("EUR");
            assertThat(dollars.firstMonth()).contains(YearMonth.of(2025, 7));
            assertThat(dollars.lastMonth()).contains(YearMonth.of(2025, 9));
            assertThat(dollars.hasForecasts()).isFalse();
            assertThat(dollars.revenueCurrency()).isEqualTo("USD");
        }
        Ledger empty = ledger(List.of());
        assertThat(empty.firstMonth()).isEqualTo(Optional.empty());
        assertThat(empty.longestRevenueSpan()).isEqualTo(1);
        assertThat(empty.revenueCurrency()).isEqualTo("USD");
    }

    @Test
    void revenueInTwoCurrenciesIsRefusedAtTheFirstEntryInTheOther() {
        Ledger mixed = ledger(List.of(entry("2025-01-10", "USD", null, FigureBasis.ACTUAL, 2),
                entry("2025-02-10", "EUR", null, FigureBasis.ACTUAL, 3)));

        assertThatThrownBy(mixed::revenueCurrency).isInstanceOf(HaircutException.class)
                .hasMessageContaining("f.xlsx!Revenue!E3").hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    private static Ledger ledger(List<RevenueEntry> revenue) {
        return new Ledger("Co", List.of(), revenue, List.of(), List.of(), List.of(), List.of(), PartyRegister.empty(), List.of());
    }

    private static RevenueEntry entry(String date, String currency, Span span, FigureBasis basis) {
        return entry(date, currency, span, basis, 2);
    }

    private static RevenueEntry entry(String date, String currency, Span span, FigureBasis basis, int row) {
        return new RevenueEntry(LocalDate.parse(date), "Acme", "direct", Settlement.CASH, new Money(new BigDecimal("10.00"), currency),
                Map.of(), new SourceRef("f.xlsx", "Revenue", row, 4), span, basis, true);
    }
}
