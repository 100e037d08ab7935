package io.haircut.shell.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.LedgerFixture;
import io.haircut.rules.RuleSet;
import io.haircut.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionStateTest {

    private static final RuleSet ONE_RULE = new RuleSet(List.of(LedgerFixture.cloudCreditStrip()), List.of());

    @Test
    void undoRestoresTheSessionBeforeEachChangeInTurnAndSaysWhichChangeItUndid() {
        SessionState state = new SessionState();
        Session empty = state.current();
        state.update("rules load a.yaml", s -> s.withRules(ONE_RULE));
        Session withRules = state.current();
        state.update("reset", s -> Session.empty());

        assertThat(state.undo()).isEqualTo("reset");
        assertThat(state.current()).isSameAs(withRules);
        assertThat(state.undo()).isEqualTo("rules load a.yaml");
        assertThat(state.current()).isSameAs(empty);
        assertThatThrownBy(state::undo).isInstanceOf(HaircutException.class).hasMessageStartingWith("nothing to undo");
    }

    @Test
    void aFailedOrEmptyChangeLeavesNothingToUndo() {
        SessionState state = new SessionState();
        assertThatThrownBy(() -> state.update("import x", s -> {
            throw new HaircutException("x: no such file or folder");
        })).isInstanceOf(HaircutException.class);
        state.update("nothing", s -> s);
        assertThat(state.undoSteps()).isZero();
        assertThat(state.lastChange()).isEmpty();
    }

    @Test
    void onlyTheLastTenChangesCanBeUndone() {
        SessionState state = new SessionState();
        for (int i = 1; i <= 12; i++) {
            int n = i;
            state.update("change " + n, s -> n % 2 == 1 ? s.withRules(ONE_RULE) : Session.empty());
        }
        assertThat(state.undoSteps()).isEqualTo(SessionState.UNDO_DEPTH);
        for (int i = 12; i >= 3; i--) {
            assertThat(state.undo()).isEqualTo("change " + i);
        }
        assertThat(state.undoSteps()).isZero();
    }
}
