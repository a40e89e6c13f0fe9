package org.sessionledger.domain.task;

import java.util.Locale;
import java.util.Optional;

/** MDTM task statuses ({@code "🟡 To Do"}, {@code "🔵 In Progress"}, ... and older words such as {@code Complete ✅}). */
public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    REVIEW,
    DONE,
    ERROR,
    BLOCKED,
    CANCELLED;

    /** Finds the status in a written value; empty when no known word occurs. */
    public static Optional<TaskStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        if (words.contains(" to do ")
                || words.contains(" todo ")
                || words.contains(" pending ")
                || words.contains(" open ")
                || words.contains(" planned ")
                || words.contains(" new ")
                || words.contains(" not started ")) {
            return Optional.of(TODO);
        }
        if (words.contains(" in progress ")
                || words.contains(" progress ")
                || words.contains(" active ")
                || words.contains(" doing ")
                || words.contains(" started ")) {
            return Optional.of(IN_PROGRESS);
        }
        if (words.contains(" review ")) {
            return Optional.of(REVIEW);
        }
        if (words.contains(" done ")
                || words.contains(" complete ")
                || words.contains(" completed ")
                || words.contains(" finished ")
                || words.contains(" closed ")) {
            return Optional.of(DONE);
        }
        if (words.contains(" error ") || words.contains(" failed ")) {
            return Optional.of(ERROR);
        }
        if (words.contains(" blocked ") || words.contains(" on hold ")) {
            return Optional.of(BLOCKED);
        }
        if (words.contains(" abandoned ")
                || words.contains(" cancelled ")
                || words.contains(" canceled ")
                || words.contains(" wont do ")
                || words.contains(" dropped ")) {
            return Optional.of(CANCELLED);
        }
        return Optional.empty();
    }
}
