package org.sessionledger.domain.session;

import java.util.Objects;

/** The id of a session: normally the name of its directory, e.g. {@code SESSION-Goal-20250720-103000}. */
public record SessionId(String value) implements Comparable<SessionId> {

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a session id cannot be blank");
        }
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
