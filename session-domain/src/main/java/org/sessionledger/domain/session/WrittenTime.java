package org.sessionledger.domain.session;

import java.time.Instant;
import java.util.Optional;

/**
 * A time as a file writes it, with the instant it denotes when it could be read. Times without a zone are UTC, as the
 * session standard says.
 */
public record WrittenTime(String text, Optional<Instant> instant) implements Comparable<WrittenTime> {

    private static final WrittenTime ABSENT = new WrittenTime("", Optional.empty());

    public WrittenTime {
        text = text == null ? "" : text;
        instant = instant == null ? Optional.empty() : instant;
    }

    public static WrittenTime absent() {
        return ABSENT;
    }

    public static WrittenTime of(Instant instant) {
        return new WrittenTime(instant.toString(), Optional.of(instant));
    }

    public boolean isPresent() {
        return !text.isBlank();
    }

    /** Times that could not be read sort after those that could. */
    @Override
    public int compareTo(WrittenTime other) {
        if (instant.isPresent() && other.instant.isPresent()) {
            return instant.get().compareTo(other.instant.get());
        }
        return Boolean.compare(instant.isEmpty(), other.instant.isEmpty());
    }
}
