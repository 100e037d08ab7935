package io.haircut.shell.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.coverage.Basis;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.ledger.Status;
import io.haircut.metrics.PeriodSelection;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** What the analyst types as option values, read into the values the domain takes; each mistake names its option. */
class OptionTextTest {

    @Test
    void ratesAreReadAsPercentsOrFractions() {
        assertThat(OptionText.rate("40%", "--growth")).isEqualByComparingTo("0.40");
        assertThat(OptionText.rate(" -12.5% ", "--growth")).isEqualByComparingTo("-0.125");
        assertThat(OptionText.rate("0.4", "--growth")).isEqualByComparingTo("0.4");
        assertThatThrownBy(() -> OptionText.rate("forty", "--growth")).isInstanceOf(HaircutException.class)
                .hasMessage("--growth: expected a rate such as 40% or 0.4, found 'forty'");
        assertThatThrownBy(() -> OptionText.rate("10 %%", "--decay"))
                .hasMessage("--decay: expected a rate such as 40% or 0.4, found '10 %%'");
    }

    @Test
    void dollarsPerGigawattYearAcceptTheUsualSpellings() {
        assertThat(OptionText.usdPerGwYear("2000000000")).isEqualByComparingTo("2000000000");
        assertThat(OptionText.usdPerGwYear("$2,000,000,000")).isEqualByComparingTo("2000000000");
        assertThat(OptionText.usdPerGwYear("2B")).isEqualByComparingTo("2000000000");
        assertThat(OptionText.usdPerGwYear("1.5bn")).isEqualByComparingTo("1500000000");
        assertThat(OptionText.usdPerGwYear("750M")).isEqualByComparingTo("750000000");
        assertThat(OptionText.usdPerGwYear("12k")).isEqualByComparingTo("12000");
        assertThat(OptionText.usdPerGwYear(null)).isNull();
        assertThatThrownBy(() -> OptionText.usdPerGwYear("0")).hasMessage("--usd-per-gw-year: expected dollars above 0, found '0'");
        assertThatThrownBy(() -> OptionText.usdPerGwYear("two"))
                .hasMessage("--usd-per-gw-year: expected dollars such as 2000000000, 2,000,000,000 or 2B, found 'two'");
    }

    @Test
    void includeNamesStatusesOrAll() {
        assertThat(OptionText.included(null)).containsExactly(Status.BINDING);
        assertThat(OptionText.included(" ")).containsExactly(Status.BINDING);
        assertThat(OptionText.included("contingent")).containsExactlyInAnyOrder(Status.BINDING, Status.CONTINGENT);
        assertThat(OptionText.included("contingent, Reported Unconfirmed")).containsExactlyInAnyOrder(Status.values());
        assertThat(OptionText.included("ALL")).containsExactlyInAnyOrder(Status.values());
        assertThatThrownBy(() -> OptionText.included("maybe"))
                .hasMessage("--include: unknown status 'maybe'; expected one of binding | contingent | reported-unconfirmed or all, comma-separated");
    }

    @Test
    void coverageOptionsCarryTheStatusesThePriceAndTheOptionThatGaveIt() {
        CoverageOptions options = OptionText.coverage("contingent", "2B");
        assertThat(options.includedInOrder()).containsExactly(Status.BINDING, Status.CONTINGENT);
        assertThat(options.usdPerGwYear()).isEqualByComparingTo("2000000000");
        assertThat(options.priceGivenAs()).isEqualTo("--usd-per-gw-year");
        assertThat(OptionText.coverage(null, null).usdPerGwYear()).isNull();
    }

    @Test
    void periodsAreAMonthAQuarterAYearOrAll() {
        assertThat(OptionText.period(null)).isEqualTo(PeriodSelection.LATEST);
        assertThat(OptionText.period(" All ")).isEqualTo(PeriodSelection.ALL);
        assertThat(OptionText.period("2026-03").period()).isEqualTo(new Period(Granularity.MONTH, YearMonth.of(2026, 3)));
        assertThat(OptionText.period("2026-q1").period()).isEqualTo(new Period(Granularity.QUARTER, YearMonth.of(2026, 1)));
        assertThat(OptionText.period("2026-Q4").period()).isEqualTo(new Period(Granularity.QUARTER, YearMonth.of(2026, 10)));
        assertThat(OptionText.period(" 2026 ").period()).isEqualTo(new Period(Granularity.YEAR, YearMonth.of(2026, 1)));
        assertThatThrownBy(() -> OptionText.period("2026-13"))
                .hasMessage("'2026-13' is not a period; expected a month (2026-03), a quarter (2026-Q1), a year (2026) or all");
        assertThatThrownBy(() -> OptionText.period("2026-Q5"))
                .hasMessage("'2026-Q5' is not a period; expected a month (2026-03), a quarter (2026-Q1), a year (2026) or all");
    }

    @Test
    void granularitiesAndBasesAreTheirLabels() {
        assertThat(OptionText.granularity(null)).isNull();
        assertThat(OptionText.granularity("Quarter")).isEqualTo(Granularity.QUARTER);
        assertThatThrownBy(() -> OptionText.granularity("week"))
                .hasMessage("unknown period 'week'; expected one of month | quarter | year");
        assertThat(OptionText.basis("reported")).isEqualTo(Basis.REPORTED);
        assertThatThrownBy(() -> OptionText.basis("gaap"))
                .hasMessage("--basis: unknown basis 'gaap'; expected one of adjusted | reported");
    }

    @Test
    void aScenarioIsBuiltFromGrowthAndDecayWithNoDecayMeaningNone() {
        Scenario slow = OptionText.scenario("slow", "30%", "10%", true, Basis.REPORTED, true);
        assertThat(slow.growth()).isEqualByComparingTo("0.30");
        assertThat(slow.decay()).isEqualByComparingTo("0.10");
        assertThat(slow.withoutTopCustomer()).isTrue();
        assertThat(slow.withoutVendorFunding()).isTrue();
        assertThat(slow.basis()).isEqualTo(Basis.REPORTED);
        Scenario flat = OptionText.scenario("custom", "0.4", null, false, Basis.ADJUSTED, false);
        assertThat(flat.decay()).isZero();
        assertThat(flat.decays()).isFalse();
        assertThatThrownBy(() -> OptionText.scenario("x", "fast", null, false, Basis.ADJUSTED, false))
                .hasMessage("--growth: expected a rate such as 40% or 0.4, found 'fast'");
        assertThatThrownBy(() -> OptionText.scenario("x", "40%", "slow", false, Basis.ADJUSTED, false))
                .hasMessage("--decay: expected a rate such as 40% or 0.4, found 'slow'");
    }

    @Test
    void sheetNamesAreSplitAtCommas() {
        assertThat(OptionText.sheetNames(null)).isEmpty();
        assertThat(OptionText.sheetNames(" Income Statement , Revenue,,")).containsExactly("Income Statement", "Revenue");
    }
}
