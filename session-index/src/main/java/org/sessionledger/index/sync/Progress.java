package org.sessionledger.index.sync;

/**
 * Where indexing stands, for logs and the UI.
 *
 * @param phase what is being done ({@code idle}, {@code scanning}, {@code indexing}, {@code linking})
 * @param done units handled so far in this run
 * @param total units to handle in this run
 * @param unitsRead units whose files were read in this run (unchanged ones are not)
 * @param startedMillis when the run started
 * @param finishedMillis when it finished, 0 while running
 * @param runs how many runs completed since start-up
 */
public record Progress(
        String phase, int done, int total, int unitsRead, long startedMillis, long finishedMillis, long runs) {

    public static final Progress IDLE = new Progress("idle", 0, 0, 0, 0, 0, 0);

    public boolean running() {
        return finishedMillis == 0 && startedMillis != 0;
    }

    /** Units per second in this run. */
    public double rate() {
        long end = finishedMillis == 0 ? System.currentTimeMillis() : finishedMillis;
        long elapsed = Math.max(1, end - startedMillis);
        return done * 1000.0 / elapsed;
    }
}
