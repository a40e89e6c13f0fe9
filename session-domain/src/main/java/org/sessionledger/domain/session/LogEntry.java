package org.sessionledger.domain.session;

import java.util.List;

/**
 * One entry of a session or task log.
 *
 * @param line the 1-based line of the file where the entry starts
 * @param time when it happened, as written
 * @param actor the acting mode or user when the entry names one, else empty
 * @param kind what the entry records
 * @param text the entry's text, continuation lines included, without the timestamp marker
 * @param mentions task ids and paths the entry mentions in backticks or links
 */
public record LogEntry(int line, WrittenTime time, String actor, EntryKind kind, String text, List<String> mentions) {

    public LogEntry {
        actor = actor == null ? "" : actor;
        text = text == null ? "" : text;
        mentions = List.copyOf(mentions);
    }
}
