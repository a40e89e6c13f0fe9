package org.sessionledger.web.reads;

import java.time.Instant;

/**
 * One row of the read record.
 *
 * @param actor the user name, or {@code anonymous}
 * @param kind what was read: session, file, raw, download, task, report, export, search, api-session, …
 * @param target the session id, file path, task id or export; the search's query is in {@code detail}
 * @param outcome {@code read} or {@code denied}
 */
public record ReadEvent(
        long id,
        Instant at,
        String actor,
        String project,
        String kind,
        String target,
        String detail,
        String address,
        String outcome) {}
