package org.sessionledger.domain.session;

import java.util.Locale;
import java.util.Optional;

/**
 * The four statuses of a session. Files write them with an emoji ({@code "🟢 Active"}) or as bare words; older
 * templates use {@code "🟡 Paused"} and {@code "⚪ Completed"}. Parsing matches on the word.
 */
public enum SessionStatus {
    ACTIVE("🟢 Active"),
    PAUSED("⏸️ Paused"),
    COMPLETED("🏁 Completed"),
    ERROR("🔴 Error");

    private final String written;

    SessionStatus(String written) {
        this.written = written;
    }

    /** The form a new file gets: emoji and word. */
    public String written() {
        return written;
    }

    /** The bare word, e.g. {@code Active}. */
    public String word() {
        return written.substring(written.indexOf(' ') + 1);
    }

    /** Finds the status word in a written value such as {@code "⏸️ Paused"}, {@code "paused"} or {@code "🏁 Completed"}. */
    public static Optional<SessionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String token : lower.split("[^\\p{L}]+")) {
            switch (token) {
                case "active", "activated", "resumed", "running", "open" -> {
                    return Optional.of(ACTIVE);
                }
                case "paused", "pause", "suspended" -> {
                    return Optional.of(PAUSED);
                }
                case "completed", "complete", "done", "finished", "closed" -> {
                    return Optional.of(COMPLETED);
                }
                case "error", "failed", "failure", "aborted" -> {
                    return Optional.of(ERROR);
                }
                default -> {
                    // keep looking: the word may follow an emoji or a qualifier
                }
            }
        }
        return Optional.empty();
    }
}
