package org.sessionledger.fs.write;

import java.time.Instant;

/** The session_log.md of a new session, in the standard's shape. */
final class SessionTemplate {

    private SessionTemplate() {}

    static String log(String id, String goal, String coordinator, String actor, Instant at) {
        String coordinatorName = coordinator == null || coordinator.isBlank() ? "session-ledger" : coordinator.strip();
        return "+++\n"
                + "id = " + FrontMatterEditor.quote(id) + "\n"
                + "title = " + FrontMatterEditor.quote(goal) + "\n"
                + "status = \"🟢 Active\"\n"
                + "start_time = " + FrontMatterEditor.quote(at.toString()) + "\n"
                + "end_time = \"\"\n"
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
}
