package io.haircut.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyNamesTest {

    @Test
    void spellingsOfOneEntityNormaliseAlike() {
        assertThat(CounterpartyNames.normalise("Amazon Web Services, Inc.")).isEqualTo("amazon web services");
        assertThat(CounterpartyNames.normalise("AMAZON WEB SERVICES INC")).isEqualTo("amazon web services");
        assertThat(CounterpartyNames.normalise("AWS EMEA S.A.R.L.")).isEqualTo("aws emea");
        assertThat(CounterpartyNames.normalise("Zephyr Robotics GmbH")).isEqualTo("zephyr robotics");
        assertThat(CounterpartyNames.normalise("Société Générale S.A.")).isEqualTo("societe generale");
        assertThat(CounterpartyNames.normalise("Co")).isEqualTo("co");
    }

    @Test
    void registerMatchesAliasesAndGroupName() {
        PartyRegister register = new PartyRegister(List.of(
                new Party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR, null),
                new Party("Annapurna Labs Ltd", "Amazon", Relationship.AFFILIATE, null),
                new Party("Reseller One", "Reseller One", Relationship.OTHER, null)));
        assertThat(register.groupOf("amazon web services llc").orElseThrow().name()).isEqualTo("Amazon");
        assertThat(register.groupOf("AMAZON").orElseThrow().name()).isEqualTo("Amazon");
        assertThat(register.groupOf("Annapurna Labs").orElseThrow().relationships())
                .containsExactlyInAnyOrder(Relationship.INVESTOR, Relationship.AFFILIATE);
        assertThat(register.groupOf("Reseller One Inc").orElseThrow().isRelated()).isFalse();
        assertThat(register.groupOf("Amazing Corp")).isEmpty();
        assertThat(register.investorGroups()).isEqualTo(1);
    }
}
