package org.sessionledger.domain.task;

/** Progress of a task's checklist: {@code done} of {@code total} boxes ticked. */
public record Checklist(int done, int total) {

    public static final Checklist EMPTY = new Checklist(0, 0);

    public Checklist {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("checklist " + done + "/" + total);
        }
    }

    /** Percentage ticked, 0 for an empty list. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }
}
