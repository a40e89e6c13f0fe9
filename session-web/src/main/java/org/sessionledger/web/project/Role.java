package org.sessionledger.web.project;

import java.util.Locale;
import java.util.Optional;

/** A user's role in a project; each includes the ones before it. */
public enum Role {
    /** Reads the project's sessions, files, tasks, search, traces and reports. */
    VIEWER,
    /** Also changes sessions: lifecycle, entries, notes, handoff. */
    EDITOR,
    /** Also the project's settings and members, and reopening completed sessions. */
    MAINTAINER;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The lesser of two roles. */
    public static Role min(Role a, Role b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
