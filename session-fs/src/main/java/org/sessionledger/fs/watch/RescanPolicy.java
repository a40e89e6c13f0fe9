package org.sessionledger.fs.watch;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a periodic rescan is due where some folders are not watched: {@code every} after the last one ended, or four
 * times as long as it took if that is longer, so that a large workspace is not rescanned back to back. While one is
 * asked for and not finished, none is due (the next look is {@code every} later). Thread-safe.
 */
public final class RescanPolicy {

    private final long everyNanos;
    private final LongSupplier clock;
    private long lastEnded;
    private long lastTook;
    private boolean inFlight;

    /** @param clock nanoseconds, as {@link System#nanoTime()} gives them; the first rescan is due {@code every} on */
    public RescanPolicy(Duration every, LongSupplier clock) {
        this.everyNanos = every.toNanos();
        this.clock = clock;
        this.lastEnded = clock.getAsLong();
    }

    /** Nanoseconds until a rescan is due (0: now). */
    public synchronized long untilNext() {
        if (inFlight) {
            return everyNanos;
        }
        long due = lastEnded + Math.max(everyNanos, 4 * lastTook);
        return Math.max(0, due - clock.getAsLong());
    }

    /** A rescan was asked for (periodic or after lost events). */
    public synchronized void asked() {
        inFlight = true;
    }

    /**
     * A rescan that began at {@code startedNanos} ended now.
     *
     * @param askedAgain whether another one was asked for while it ran (it then stays in flight)
     */
    public synchronized void finished(long startedNanos, boolean askedAgain) {
        lastEnded = clock.getAsLong();
        lastTook = lastEnded - startedNanos;
        inFlight = askedAgain;
    }

    public Duration every() {
        return Duration.ofNanos(everyNanos);
    }
}
