package io.haircut.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Why a name that matched no group still looks like one (the parties report's near misses). */
class NearMissesTest {

    @Test
    void nearMissReasonsInOrder() {
        assertThat(NearMisses.reason("google cloud", "google")).contains("same first word 'google'");
        assertThat(NearMisses.reason("amazonia analytics", "amazon web services")).contains("'amazonia' starts with 'amazon'");
        assertThat(NearMisses.reason("googolplex media", "google")).contains("'googolplex' and 'google' both begin 'goog'");
        // "glob" is 4 letters and two thirds of "global" (3 * 4 >= 2 * 6): a near miss, for the analyst to dismiss
        assertThat(NearMisses.reason("globex", "global")).contains("'globex' and 'global' both begin 'glob'");
        // "zenith" and "zephyr" share only "ze"
        assertThat(NearMisses.reason("zenith", "zephyr")).isEmpty();
        assertThat(NearMisses.reason("acme", "acme")).isEmpty(); // equal names are a match, not a near miss
    }
}
