package org.sessionledger.fs.write;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.sessionledger.domain.session.SessionStatus;

/** The session_log.md of a new session, in the standard's shape. */
final class SessionTemplate {

    private SessionTemplate() {}

    /**
     * The log; its status and end time lines are padded to the widths {@link LogEditor#RESERVED} keeps, so that the
     * transitions of the session's life are written in place.
     */
    static String log(String id, String goal, String coordinatorName, String actor, Instant at) {
        return "+++\n"
                + "id = " + FrontMatterEditor.quote(id) + "\n"
                + "title = " + FrontMatterEditor.quote(goal) + "\n"
                + "status = " + padded(SessionStatus.ACTIVE.written(), "status") + "\n"
                + "start_time = " + FrontMatterEditor.quote(at.toString()) + "\n"
                + "end_time = " + padded("", "end_time") + "\n"
                + "coordinator = " + FrontMatterEditor.quote(coordinatorName) + "\n"
                + "owner = " + FrontMatterEditor.quote(actor) + "\n"
                + "related_tasks = []\n"
                + "related_artifacts = []\n"
                + "tags = []\n"
                + "+++\n\n"
                + "# Session Log\n\n"
                + "## Log Entries\n\n"
                + SessionWriter.entry(
                        at, "Session initiated by `" + actor + "` with goal: " + FrontMatterEditor.quote(goal))
                + "\n";
    }

    private static String padded(String value, String key) {
        String quoted = FrontMatterEditor.quote(value);
        int bytes = quoted.getBytes(StandardCharsets.UTF_8).length;
        return quoted + " ".repeat(Math.max(0, LogEditor.RESERVED.get(key) - bytes));
    }
}
