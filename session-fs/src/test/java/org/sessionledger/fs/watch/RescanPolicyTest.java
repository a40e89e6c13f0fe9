package org.sessionledger.fs.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RescanPolicyTest {

    private static final long S = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(100 * S);
    private final RescanPolicy policy = new RescanPolicy(Duration.ofSeconds(60), now::get);

    @Test
    void theFirstRescanIsDueOneIntervalAfterTheStart() {
        assertThat(policy.untilNext()).isEqualTo(60 * S);
        now.addAndGet(59 * S);
        assertThat(policy.untilNext()).isEqualTo(S);
        now.addAndGet(5 * S);
        assertThat(policy.untilNext()).isZero();
    }

    @Test
    void noneIsDueWhileOneIsInFlight() {
        now.addAndGet(60 * S);
        policy.asked();
        now.addAndGet(600 * S);
        assertThat(policy.untilNext()).isEqualTo(60 * S);
    }

    @Test
    void theIntervalCountsFromTheEndOfTheLastRescan() {
        now.addAndGet(60 * S);
        policy.asked();
        long started = now.get();
        now.addAndGet(2 * S);
        policy.finished(started, false);
        now.addAndGet(30 * S);
        assertThat(policy.untilNext()).isEqualTo(30 * S);
    }

    @Test
    void aLongRescanIsFollowedByFourTimesItsLengthOfQuiet() {
        policy.asked();
        long started = now.get();
        now.addAndGet(40 * S); // the workspace takes 40 s to rescan
        policy.finished(started, false);
        assertThat(policy.untilNext()).isEqualTo(160 * S);
        now.addAndGet(159 * S);
        assertThat(policy.untilNext()).isEqualTo(S);
    }

    @Test
    void aRescanAskedForMeanwhileStaysInFlight() {
        policy.asked();
        long started = now.get();
        now.addAndGet(S);
        policy.finished(started, true);
        now.addAndGet(600 * S);
        assertThat(policy.untilNext()).isEqualTo(60 * S);
        policy.finished(now.get(), false);
        assertThat(policy.untilNext()).isEqualTo(60 * S);
        now.addAndGet(60 * S);
        assertThat(policy.untilNext()).isZero();
    }
}
