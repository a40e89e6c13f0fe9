package org.sessionledger.web.inbox;

import java.time.Instant;
import java.util.Optional;

/** A notification for a user: today, that a session was handed off to them, with the handoff's note. */
public record Notification(
        long id,
        String user,
        Instant at,
        String project,
        String sessionId,
        String from,
        String text,
        Optional<Instant> read) {

    public boolean unread() {
        return read.isEmpty();
    }
}
