package org.sessionledger.fs.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(100), Duration.ofMillis(1000), now::get);

    @Test
    void nothingIsDueBeforeAnEvent() {
        assertThat(debouncer.pending()).isFalse();
        assertThat(debouncer.due()).isFalse();
        assertThat(debouncer.untilDue()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aBatchIsDueAfterTheQuietPeriod() {
        debouncer.event();
        now.addAndGet(60 * MS);
        assertThat(debouncer.due()).isFalse();
        assertThat(debouncer.untilDue()).isEqualTo(40 * MS);
        now.addAndGet(40 * MS);
        assertThat(debouncer.due()).isTrue();
    }

    @Test
    void eachEventRestartsTheQuietPeriod() {
        debouncer.event();
        now.addAndGet(90 * MS);
        debouncer.event();
        now.addAndGet(90 * MS);
        assertThat(debouncer.due()).isFalse();
        assertThat(debouncer.untilDue()).isEqualTo(10 * MS);
    }

    @Test
    void aSteadyStreamOfEventsIsCutAtTheMaximumDelay() {
        debouncer.event();
        for (int i = 0; i < 19; i++) {
            now.addAndGet(50 * MS);
            debouncer.event();
            assertThat(debouncer.due()).isFalse();
        }
        now.addAndGet(50 * MS); // 1000 ms after the first event, 50 after the last
        assertThat(debouncer.due()).isTrue();
    }

    @Test
    void takingTheBatchStartsANewOne() {
        debouncer.event();
        now.addAndGet(2000 * MS);
        assertThat(debouncer.due()).isTrue();
        debouncer.taken();
        assertThat(debouncer.pending()).isFalse();
        debouncer.event();
        // the maximum delay counts from the new batch's first event
        assertThat(debouncer.untilDue()).isEqualTo(100 * MS);
    }

    @Test
    void aMaximumBelowTheQuietPeriodIsRefused() {
        assertThatThrownBy(() -> new Debouncer(Duration.ofMillis(100), Duration.ofMillis(50), now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroQuietPeriodMakesEveryEventDueAtOnce() {
        Debouncer immediate = Debouncer.of(Duration.ZERO);
        immediate.event();
        assertThat(immediate.due()).isTrue();
    }
}
