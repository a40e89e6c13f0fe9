package org.sessionledger.fs.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.session.EntryKind;

/** Recognises what a log entry records and who acted, from the phrasings of the session standard. */
final class EntryClassifier {

    private static final List<Map.Entry<EntryKind, Pattern>> KINDS = List.of(
            Map.entry(EntryKind.HANDOFF, Pattern.compile("(?i)\\bhand(?:ed)?[- ]?off\\b|\\bhandoff\\b")),
            Map.entry(
                    EntryKind.STATUS_CHANGE,
                    Pattern.compile("(?i)\\bstatus (?:changed|set|updated)\\b|\\bsession (?:paused|resumed|completed|"
                            + "marked|ended|closed)\\b")),
            Map.entry(EntryKind.INITIATED, Pattern.compile("(?i)\\b(?:session )?initiated\\b|\\bsession started\\b")),
            Map.entry(
                    EntryKind.ARTIFACT_CREATED,
                    Pattern.compile("(?i)\\bcreated (?:\\w+ )?artifact\\b|\\bartifact (?:created|generated|saved)\\b")),
            Map.entry(EntryKind.DELEGATED, Pattern.compile("(?i)\\bdelegat(?:ed|ing|e)\\b")),
            Map.entry(
                    EntryKind.RESULT,
                    Pattern.compile("(?i)\\breceived (?:result|response)\\b|\\bresult from\\b|\\bcompleted task\\b")));

    private static final Pattern BY_ACTOR =
            Pattern.compile("(?i)\\b(?:by|from)\\s+`?@?([A-Za-z0-9][A-Za-z0-9_.\\-]*[A-Za-z0-9])`?");
    private static final Pattern LEADING_ACTOR =
            Pattern.compile("^(?:\\*\\*([^*]{1,40}?):?\\*\\*:?|`?([a-z0-9][a-z0-9_\\-]{1,40})`?:)\\s");

    private EntryClassifier() {}

    static EntryKind kind(String text) {
        for (Map.Entry<EntryKind, Pattern> kind : KINDS) {
            if (kind.getValue().matcher(text).find()) {
                return kind.getKey();
            }
        }
        return EntryKind.OTHER;
    }

    static String actor(String text) {
        Matcher leading = LEADING_ACTOR.matcher(text);
        if (leading.find()) {
            return leading.group(1) != null ? leading.group(1).strip() : leading.group(2);
        }
        Matcher by = BY_ACTOR.matcher(text);
        return by.find() ? by.group(1) : "";
    }
}
