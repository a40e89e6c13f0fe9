package org.sessionledger.domain.task;

/**
 * Progress of a task's checklist: {@code done} of {@code total} boxes ticked, and {@code partial} of them marked as
 * in progress ({@code [~]}), which count towards the total but not as done.
 */
public record Checklist(int done, int partial, int total) {

    public static final Checklist EMPTY = new Checklist(0, 0, 0);

    public Checklist {
        if (done < 0 || partial < 0 || total < 0 || done + partial > total) {
            throw new IllegalArgumentException("checklist " + done + "+" + partial + "/" + total);
        }
    }

    /** A checklist without boxes in progress. */
    public Checklist(int done, int total) {
        this(done, 0, total);
    }

    /** Percentage ticked, 0 for an empty list. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }
}
