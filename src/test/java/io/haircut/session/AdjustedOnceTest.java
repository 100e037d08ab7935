package io.haircut.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Settlement;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report commands ask the session for its adjusted ledger again and again: the rules run once per ledger and rule set. */
class AdjustedOnceTest {

    private static Ledger ledger() {
        return LedgerFixture.of("books", "books.xlsx")
                .revenue("2026-01-15", "Globex", Settlement.CASH, "100.00")
                .revenue("2026-01-20", "Initech", Settlement.CLOUD_CREDIT, "40.00")
                .ledger();
    }

    @Test
    void theSameSessionGivesTheSameResultAndAChangedOneItsOwn() {
        RuleSet rules = new RuleSet(List.of(LedgerFixture.cloudCreditStrip()), List.of());
        Session session = new Session(ledger(), rules);
        AdjustedLedger first = session.adjusted();
        assertThat(session.adjusted()).isSameAs(first);
        assertThat(first.adjustments()).hasSize(1);

        Session switchedOff = session.withRuleSet(rules.withDisabled("cloud-credit-revenue", true));
        assertThat(switchedOff.adjusted()).isNotSameAs(first);
        assertThat(switchedOff.adjusted().adjustments()).isEmpty();
        // Back to the first session: its own result, figured again from its own rules.
        assertThat(session.adjusted().adjustments()).hasSize(1);

        Session reimported = session.withLedger(ledger());
        assertThat(reimported.adjusted()).isNotSameAs(first);
        assertThat(reimported.adjusted().adjustments()).hasSize(1);
    }
}
