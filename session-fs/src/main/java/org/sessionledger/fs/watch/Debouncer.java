package org.sessionledger.fs.watch;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a batch of events is due: once no event came for the quiet period, or the maximum delay after the batch's
 * first event passed, whichever is sooner. Times are the clock's nanoseconds; not thread-safe (one watcher thread).
 */
public final class Debouncer {

    private final long quietNanos;
    private final long maxDelayNanos;
    private final LongSupplier clock;
    private long first = -1;
    private long last;

    /** @param clock nanoseconds, as {@link System#nanoTime()} gives them */
    public Debouncer(Duration quiet, Duration maxDelay, LongSupplier clock) {
        if (quiet.isNegative() || maxDelay.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("the maximum delay must be at least the quiet period");
        }
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.clock = clock;
    }

    /** Quiet for {@code quiet}, at most ten times that after the first event. */
    public static Debouncer of(Duration quiet) {
        return new Debouncer(quiet, quiet.multipliedBy(10), System::nanoTime);
    }

    /** Records an event now. */
    public void event() {
        long now = clock.getAsLong();
        if (first < 0) {
            first = now;
        }
        last = now;
    }

    /** Whether events wait for a batch. */
    public boolean pending() {
        return first >= 0;
    }

    /** Nanoseconds until the batch is due (0: due now); {@link Long#MAX_VALUE} when nothing waits. */
    public long untilDue() {
        if (first < 0) {
            return Long.MAX_VALUE;
        }
        long due = Math.min(last + quietNanos, first + maxDelayNanos);
        return Math.max(0, due - clock.getAsLong());
    }

    /** Whether a batch waits and is due. */
    public boolean due() {
        return pending() && untilDue() == 0;
    }

    /** The batch was handed over: the next event starts a new one. */
    public void taken() {
        first = -1;
    }
}
