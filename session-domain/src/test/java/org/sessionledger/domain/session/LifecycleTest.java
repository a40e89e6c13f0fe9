package org.sessionledger.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sessionledger.domain.session.Lifecycle.Transition;

class LifecycleTest {

    @ParameterizedTest
    @CsvSource({
        "ACTIVE, PAUSE, true",
        "ACTIVE, RESUME, false",
        "ACTIVE, COMPLETE, true",
        "ACTIVE, ERROR, true",
        "PAUSED, PAUSE, false",
        "PAUSED, RESUME, true",
        "PAUSED, COMPLETE, true",
        "PAUSED, ERROR, true",
        "ERROR, RESUME, true",
        "ERROR, PAUSE, false",
        "ERROR, ERROR, false",
        "ERROR, COMPLETE, true",
        "COMPLETED, RESUME, false",
        "COMPLETED, PAUSE, false",
        "COMPLETED, ERROR, false",
        "COMPLETED, COMPLETE, false",
        "COMPLETED, REOPEN, true",
        "ACTIVE, REOPEN, false",
        "PAUSED, REOPEN, false",
        "ERROR, REOPEN, false"
    })
    void knowsWhichTransitionsAreLegal(SessionStatus from, Transition transition, boolean allowed) {
        assertThat(Lifecycle.isAllowed(Optional.of(from), transition)).isEqualTo(allowed);
    }

    @Test
    void anUnknownStatusCanBeRepaired() {
        for (Transition transition : Transition.values()) {
            assertThat(Lifecycle.isAllowed(Optional.empty(), transition)).isEqualTo(transition != Transition.REOPEN);
        }
    }

    @Test
    void refusalsNameTheCurrentStatus() {
        assertThat(Lifecycle.refusal(Optional.of(SessionStatus.COMPLETED), Transition.RESUME))
                .isEqualTo(
                        "Cannot resume a session that is Completed: completed sessions are closed (a maintainer may reopen"
                                + " them).");
        assertThat(Lifecycle.refusal(Optional.of(SessionStatus.PAUSED), Transition.PAUSE))
                .isEqualTo("Cannot pause a session that is Paused.");
    }

    @Test
    void onlyResumeClearsTheEndTime() {
        assertThat(Transition.RESUME.setsEndTime()).isFalse();
        assertThat(Transition.PAUSE.setsEndTime()).isTrue();
        assertThat(Transition.COMPLETE.target()).isEqualTo(SessionStatus.COMPLETED);
    }
}
