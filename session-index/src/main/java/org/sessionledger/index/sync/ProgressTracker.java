package org.sessionledger.index.sync;

import org.jboss.logging.Logger;

/** Tracks and logs the progress of indexing runs (one run at a time). */
final class ProgressTracker {

    private static final long LOG_EVERY_MILLIS = 2000;

    private final Logger log;
    private volatile Progress current = Progress.IDLE;
    private long lastLog;
    private final java.util.Map<String, Long> phases = new java.util.LinkedHashMap<>();

    ProgressTracker(Logger log) {
        this.log = log;
    }

    Progress current() {
        return current;
    }

    synchronized void start(String phase, int total) {
        Progress p = current;
        if (p.running()) {
            current = new Progress(phase, p.done(), p.done() + total, p.unitsRead(), p.startedMillis(), 0, p.runs());
        } else {
            current = new Progress(phase, 0, total, 0, System.currentTimeMillis(), 0, p.runs());
            phases.clear();
        }
    }

    synchronized void phase(String phase) {
        Progress p = current;
        current = new Progress(phase, p.done(), p.total(), p.unitsRead(), p.startedMillis(), 0, p.runs());
    }

    synchronized void read(int units) {
        Progress p = current;
        current = new Progress(p.phase(), p.done(), p.total(), p.unitsRead() + units, p.startedMillis(), 0, p.runs());
    }

    synchronized void done(int units) {
        Progress p = current;
        current = new Progress(p.phase(), p.done() + units, p.total(), p.unitsRead(), p.startedMillis(), 0, p.runs());
        long now = System.currentTimeMillis();
        if (now - lastLog >= LOG_EVERY_MILLIS) {
            lastLog = now;
            log.infof("Indexing: %d of %d units (%.0f units/s)", current.done(), current.total(), current.rate());
        }
    }

    /** Runs {@code work}, adding its time to {@code phase}. */
    <T> T timed(String phase, java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            time(phase, System.nanoTime() - started);
        }
    }

    /** Adds time spent in a phase of the current run (reported when it finishes). */
    synchronized void time(String phase, long nanos) {
        phases.merge(phase, nanos, Long::sum);
    }

    synchronized void finish() {
        Progress p = current;
        current = new Progress(
                "idle",
                p.done(),
                p.total(),
                p.unitsRead(),
                p.startedMillis(),
                System.currentTimeMillis(),
                p.runs() + 1);
        if (p.done() > 0 || p.runs() == 0) {
            StringBuilder split = new StringBuilder();
            phases.forEach((name, nanos) -> split.append(split.isEmpty() ? "" : ", ")
                    .append(name)
                    .append(' ')
                    .append(nanos / 1_000_000)
                    .append(" ms"));
            log.infof(
                    "Indexed %d units (%d read) in %d ms (%.0f units/s; %s)",
                    current.done(),
                    current.unitsRead(),
                    current.finishedMillis() - current.startedMillis(),
                    current.rate(),
                    split);
        }
    }
}
