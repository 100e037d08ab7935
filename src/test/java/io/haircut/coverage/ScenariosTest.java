package io.haircut.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.ledger.Status;
import io.haircut.session.Session;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    @Test
    void bearBaseAndBullAreTheDefaults() {
        assertThat(Scenarios.DEFAULTS.all()).extracting(Scenario::name).containsExactly("bear", "base", "bull");
        assertThat(Scenarios.DEFAULTS.all()).extracting(s -> s.growth().movePointRight(2).intValueExact()).containsExactly(10, 40, 80);
        assertThat(Scenarios.DEFAULTS.all()).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Basis.ADJUSTED);
            assertThat(s.decays()).isFalse();
            assertThat(s.withoutTopCustomer()).isFalse();
        });
        assertThat(Session.empty().scenarios()).isEqualTo(Scenarios.DEFAULTS);
    }

    @Test
    void addingReplacesByNameInPlaceAndRemovingNamesWhatExists() {
        Scenario slow = new Scenario("slow", new BigDecimal("0.3"), new BigDecimal("0.1"), true, Basis.REPORTED);
        Scenarios s = Scenarios.DEFAULTS.with(slow).with(Scenario.constant("base", new BigDecimal("0.5")));
        assertThat(s.all()).extracting(Scenario::name).containsExactly("bear", "base", "bull", "slow");
        assertThat(s.named("base").orElseThrow().growth()).isEqualByComparingTo("0.5");
        assertThat(s.without("bull").all()).extracting(Scenario::name).containsExactly("bear", "base", "slow");
        assertThat(Scenarios.DEFAULTS.all()).hasSize(3); // unchanged: values, not state
        assertThatThrownBy(() -> s.without("bul")).isInstanceOf(HaircutException.class)
                .hasMessage("no scenario named 'bul'; the scenarios are: bear, base, bull, slow");
    }

    @Test
    void theSessionKeepsItsScenariosAcrossImportsAndRuleLoads() {
        Session s = Session.empty().withScenarios(Scenarios.DEFAULTS.without("bull"));
        assertThat(s.withLedger(null).scenarios().all()).hasSize(2);
        assertThat(s.withRules(io.haircut.rules.RuleSet.empty()).scenarios().all()).hasSize(2);
    }

    @Test
    void aScenarioRefusesNamesAndRatesThatMakeNoSense() {
        assertThatThrownBy(() -> Scenario.constant("bad name", BigDecimal.ONE)).hasMessageStartingWith("scenario name 'bad name' is not usable");
        assertThatThrownBy(() -> Scenario.constant("x", new BigDecimal("-1")))
                .hasMessage("growth: -100% is out of range; expected more than -100% and at most 1000% a year, written like 40% or 0.4");
        assertThatThrownBy(() -> Scenario.constant("x", new BigDecimal("40")))
                .hasMessage("growth: 4000% is out of range; expected more than -100% and at most 1000% a year, written like 40% or 0.4");
        assertThatThrownBy(() -> new Scenario("x", BigDecimal.ONE, new BigDecimal("1.5"), false, Basis.ADJUSTED))
                .hasMessage("decay: 150% is out of range; expected 0% to 100% (the share by which the growth rate shrinks each year)");
    }

    @Test
    void ratesAreReadAsPercentsOrFractions() {
        assertThat(Rates.percent("40%", "--growth")).isEqualByComparingTo("0.40");
        assertThat(Rates.percent(" -12.5% ", "--growth")).isEqualByComparingTo("-0.125");
        assertThat(Rates.percent("0.4", "--growth")).isEqualByComparingTo("0.4");
        assertThatThrownBy(() -> Rates.percent("forty", "--growth"))
                .hasMessage("--growth: expected a rate such as 40% or 0.4, found 'forty'");
    }

    @Test
    void dollarsPerGigawattYearAcceptTheUsualSpellings() {
        assertThat(Rates.dollars("2000000000", "--usd-per-gw-year")).isEqualByComparingTo("2000000000");
        assertThat(Rates.dollars("$2,000,000,000", "--usd-per-gw-year")).isEqualByComparingTo("2000000000");
        assertThat(Rates.dollars("2B", "--usd-per-gw-year")).isEqualByComparingTo("2000000000");
        assertThat(Rates.dollars("1.5bn", "--usd-per-gw-year")).isEqualByComparingTo("1500000000");
        assertThat(Rates.dollars("750M", "--usd-per-gw-year")).isEqualByComparingTo("750000000");
        assertThatThrownBy(() -> Rates.dollars("0", "--usd-per-gw-year")).hasMessage("--usd-per-gw-year: expected dollars above 0, found '0'");
        assertThatThrownBy(() -> Rates.dollars("two", "--usd-per-gw-year"))
                .hasMessage("--usd-per-gw-year: expected dollars such as 2000000000, 2,000,000,000 or 2B, found 'two'");
    }

    @Test
    void includeNamesStatusesOrAll() {
        assertThat(CoverageOptions.parseIncluded(null)).containsExactly(Status.BINDING);
        assertThat(CoverageOptions.parseIncluded("contingent")).containsExactlyInAnyOrder(Status.BINDING, Status.CONTINGENT);
        assertThat(CoverageOptions.parseIncluded("contingent, Reported Unconfirmed")).containsExactlyInAnyOrder(Status.values());
        assertThat(CoverageOptions.parseIncluded("all")).containsExactlyInAnyOrder(Status.values());
        assertThatThrownBy(() -> CoverageOptions.parseIncluded("maybe"))
                .hasMessage("--include: unknown status 'maybe'; expected one of binding | contingent | reported-unconfirmed or all, comma-separated");
    }
}
