package org.sessionledger.fs.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.sessionledger.domain.session.EntryKind;

/**
 * Recognises what a log entry records, from the phrasings of the session standard, and who acted ({@link EntryActors}). Matching ignores
 * ASCII case. The text is lowered once, and a pattern runs only when the text holds a word every match of it needs:
 * most entries are told apart by a few substring searches.
 */
final class EntryClassifier {

    /** A kind, its pattern (on lowered text), and words of which each match contains at least one. */
    private record Kind(EntryKind kind, Pattern pattern, String... needed) {
        boolean in(String lower) {
            for (String word : needed) {
                if (lower.contains(word)) {
                    return pattern.matcher(lower).find();
                }
            }
            return false;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(EntryKind.HANDOFF, Pattern.compile("\\bhand(?:ed)?[- ]?off\\b|\\bhandoff\\b"), "hand"),
            new Kind(
                    EntryKind.STATUS_CHANGE,
                    Pattern.compile("\\bstatus (?:changed|set|updated)\\b|\\bsession (?:paused|resumed|completed|"
                            + "marked|ended|closed)\\b"),
                    "status ",
                    "session "),
            new Kind(
                    EntryKind.INITIATED,
                    Pattern.compile("\\b(?:session )?initiated\\b|\\bsession started\\b"),
                    "initiated",
                    "session started"),
            new Kind(
                    EntryKind.ARTIFACT_CREATED,
                    Pattern.compile("\\bcreated (?:\\w+ )?artifact\\b|\\bartifact (?:created|generated|saved)\\b"),
                    "artifact"),
            new Kind(EntryKind.DELEGATED, Pattern.compile("\\bdelegat(?:ed|ing|e)\\b"), "delegat"),
            new Kind(
                    EntryKind.RESULT,
                    Pattern.compile("\\breceived (?:result|response)\\b|\\bresult from\\b|\\bcompleted task\\b"),
                    "received ",
                    "result from",
                    "completed task"));

    /** The kind and actor of an entry. */
    record Classified(EntryKind kind, String actor) {}

    private EntryClassifier() {}

    static Classified classify(String text, KnownActors known) {
        return new Classified(kind(asciiLower(text)), EntryActors.of(text, known));
    }

    private static EntryKind kind(String lower) {
        for (Kind kind : KINDS) {
            if (kind.in(lower)) {
                return kind.kind();
            }
        }
        return EntryKind.OTHER;
    }

    /** Lowers A–Z only, as ASCII case-insensitive matching does; every other character and the length stay. */
    static String asciiLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    char d = chars[j];
                    if (d >= 'A' && d <= 'Z') {
                        chars[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }
}
