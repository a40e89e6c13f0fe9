package org.sessionledger.domain.session;

import java.util.Optional;

/**
 * The session lifecycle: which transitions are legal. A completed session is closed (only reopening it, which the app
 * leaves to a project's maintainers, makes it active again); a paused or failed session can be resumed; an active one
 * can be paused, completed or marked as failed.
 */
public final class Lifecycle {

    /** The actions a user or agent can take on an existing session. */
    public enum Transition {
        PAUSE(SessionStatus.PAUSED),
        RESUME(SessionStatus.ACTIVE),
        COMPLETE(SessionStatus.COMPLETED),
        ERROR(SessionStatus.ERROR),
        REOPEN(SessionStatus.ACTIVE);

        private final SessionStatus target;

        Transition(SessionStatus target) {
            this.target = target;
        }

        public SessionStatus target() {
            return target;
        }

        /** Whether the target status sets {@code end_time}. */
        public boolean setsEndTime() {
            return target != SessionStatus.ACTIVE;
        }
    }

    private Lifecycle() {}

    /** Whether {@code transition} may be applied to a session whose status is {@code from} (empty when unknown). */
    public static boolean isAllowed(Optional<SessionStatus> from, Transition transition) {
        if (from.isEmpty()) {
            // an unreadable status can always be repaired by an explicit action
            return transition != Transition.REOPEN;
        }
        if (transition == Transition.REOPEN) {
            return from.get() == SessionStatus.COMPLETED;
        }
        return switch (from.get()) {
            case ACTIVE -> transition != Transition.RESUME;
            case PAUSED -> transition != Transition.PAUSE;
            case ERROR -> transition == Transition.RESUME || transition == Transition.COMPLETE;
            case COMPLETED -> false;
        };
    }

    /** A sentence for a refused transition, naming the current status. */
    public static String refusal(Optional<SessionStatus> from, Transition transition) {
        String current = from.map(SessionStatus::word).orElse("unknown");
        return "Cannot " + transition.name().toLowerCase(java.util.Locale.ROOT) + " a session that is " + current
                + (from.orElse(null) == SessionStatus.COMPLETED
                        ? ": completed sessions are closed (a maintainer may reopen them)."
                        : transition == Transition.REOPEN ? ": only completed sessions are reopened." : ".");
    }
}
