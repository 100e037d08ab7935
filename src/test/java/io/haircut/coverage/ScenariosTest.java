package io.haircut.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
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
}
