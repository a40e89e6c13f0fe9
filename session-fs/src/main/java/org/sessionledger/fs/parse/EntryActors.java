package org.sessionledger.fs.parse;

import java.util.Set;

/**
 * Who wrote a log entry: a mode slug or a named role, never a random word. Read from the head of the entry's first
 * line — a slug in backticks or brackets ({@code `framework-nextjs`}, {@code [dev-python]}), a named role in brackets
 * or bold ({@code [Roo Commander]}, {@code **Mode Maintainer:**}), {@code slug:} or {@code slug -} — else from
 * {@code by slug} or {@code from slug} in that line. A slug is lower case with a hyphen or underscore
 * ({@code roo-commander}), or any name the workspace knows ({@link KnownActors}); a named role is a few capitalised
 * words ending in a role ({@code TypeScript Specialist}). Words in prose ({@code from DraftBoard.tsx},
 * {@code from complex state}) are not actors. No regexes: this runs on every entry.
 */
final class EntryActors {

    /** Words a named role ends with ({@code Mode Maintainer}, {@code Roo Commander}, {@code Technical Writer}). */
    private static final Set<String> ROLES = Set.of(
            "agent",
            "analyst",
            "architect",
            "assistant",
            "bot",
            "commander",
            "coordinator",
            "designer",
            "developer",
            "engineer",
            "expert",
            "lead",
            "maintainer",
            "manager",
            "orchestrator",
            "owner",
            "planner",
            "researcher",
            "reviewer",
            "specialist",
            "tester",
            "user",
            "writer",
            "mode",
            "ai",
            "claude",
            "roo");

    /** Hyphenated words of prose that are shaped like slugs. */
    private static final Set<String> PROSE = Set.of(
            "follow-up",
            "to-do",
            "clean-up",
            "set-up",
            "wrap-up",
            "sign-off",
            "kick-off",
            "hand-off",
            "check-in",
            "roll-back",
            "re-run",
            "re-test",
            "e-mail",
            "built-in",
            "opt-in",
            "opt-out",
            "long-term",
            "short-term",
            "real-time",
            "end-to-end",
            "step-by-step",
            "up-to-date",
            "well-known",
            "high-level",
            "low-level",
            "in-progress",
            "read-only",
            "non-blocking",
            "pre-existing",
            "co-author");

    private static final int MAX_NAME = 48;

    private EntryActors() {}

    /** The actor of an entry whose text is {@code text}, or empty. */
    static String of(String text, KnownActors known) {
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        String leading = leading(first, known);
        if (leading != null) {
            return leading;
        }
        String lower = EntryClassifier.asciiLower(first);
        String by = after(first, lower, "by ", known);
        return by != null ? by : orEmpty(after(first, lower, "from ", known));
    }

    private static String leading(String line, KnownActors known) {
        if (line.isEmpty()) {
            return null;
        }
        char c = line.charAt(0);
        if (c == '`' || c == '[' || c == '(') {
            int close = line.indexOf(c == '`' ? '`' : (c == '[' ? ']' : ')'), 1);
            if (close > 1
                    && close <= MAX_NAME
                    && !(c == '[' && close + 1 < line.length() && line.charAt(close + 1) == '(')) {
                String name = line.substring(1, close).strip();
                boolean labelled = labelFollows(line, close + 1);
                if (c == '`' && labelled && isUser(name)) {
                    return name; // the app's own entries: "`ann.lee`: text"
                }
                if (c != '(' && isSlug(name, known, false)) {
                    return name;
                }
                if (c != '`' && isRole(name)) {
                    return known.slugOf(name);
                }
            }
            return null;
        }
        if (line.startsWith("**") || line.startsWith("__")) {
            int close = line.indexOf(line.substring(0, 2), 2);
            if (close > 2 && close <= MAX_NAME + 2) {
                return label(line.substring(2, close).strip(), known);
            }
            return null;
        }
        int end = 0;
        while (end < line.length() && end <= MAX_NAME && isNameChar(line.charAt(end))) {
            end++;
        }
        if (end > 0 && labelFollows(line, end)) {
            String name = line.substring(0, end);
            return isSlug(name, known, false) ? name : null;
        }
        return null;
    }

    /** A bold label: {@code **util-typescript**}, {@code **Mode Maintainer:**}, {@code **Role (`slug`)**}. */
    private static String label(String bold, KnownActors known) {
        String name = bold.endsWith(":") ? bold.substring(0, bold.length() - 1).strip() : bold;
        int tick = name.indexOf('`');
        int closeTick = tick < 0 ? -1 : name.indexOf('`', tick + 1);
        if (closeTick > tick + 1) {
            String inner = name.substring(tick + 1, closeTick).strip();
            if (isSlug(inner, known, true)) {
                return inner;
            }
        }
        if (isSlug(name, known, false)) {
            return name;
        }
        return isRole(name) ? known.slugOf(name) : null;
    }

    /** {@code by x} or {@code from x}: x in backticks, a slug, a known name or {@code @user}. */
    private static String after(String line, String lower, String word, KnownActors known) {
        int at = lower.indexOf(word);
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1))) {
                String name = nameAt(line, at + word.length(), known);
                if (name != null) {
                    return name;
                }
            }
            at = lower.indexOf(word, at + 1);
        }
        return null;
    }

    private static String nameAt(String line, int at, KnownActors known) {
        if (at < line.length() && line.charAt(at) == '`') {
            int close = line.indexOf('`', at + 1);
            if (close > at + 1 && close - at <= MAX_NAME) {
                String name = line.substring(at + 1, close).strip();
                String bare = name.startsWith("@") ? name.substring(1) : name;
                return isName(bare) && bare.indexOf('.') < 0 && bare.indexOf('/') < 0 ? bare : null;
            }
            return null;
        }
        int start = at < line.length() && line.charAt(at) == '@' ? at + 1 : at;
        int end = start;
        while (end < line.length() && end - start <= MAX_NAME && isNameChar(line.charAt(end))) {
            end++;
        }
        while (end > start && (line.charAt(end - 1) == '.' || line.charAt(end - 1) == '-')) {
            end--; // a full stop or dash after the name ends the sentence
        }
        if (end == start
                || (end < line.length()
                        && (line.charAt(end) == '.'
                                && end + 1 < line.length()
                                && Character.isLetterOrDigit(line.charAt(end + 1))))) {
            return null; // a file name: "from DraftBoard.tsx"
        }
        String name = line.substring(start, end);
        return start > at || isSlug(name, known, false) ? name : null;
    }

    /** Whether a label (a name then {@code :} or {@code -}) follows at {@code at}. */
    private static boolean labelFollows(String line, int at) {
        int i = at;
        if (i < line.length() && line.charAt(i) == ':') {
            return i + 1 == line.length() || line.charAt(i + 1) == ' ';
        }
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i > at
                && i + 1 < line.length()
                && (line.charAt(i) == '-' || line.charAt(i) == '–' || line.charAt(i) == '—' || line.charAt(i) == ':')
                && line.charAt(i + 1) == ' ';
    }

    /**
     * A mode slug: lower-case letters, digits, hyphens and underscores with a hyphen or underscore inside
     * ({@code dev-python}), or a name the workspace knows; when {@code loose} (a bold label), a single lower-case word
     * will do.
     */
    static boolean isSlug(String name, KnownActors known, boolean loose) {
        if (!isName(name) || name.indexOf('.') >= 0) {
            return false;
        }
        if (known.contains(name)) {
            return true;
        }
        if (PROSE.contains(name)) {
            return false;
        }
        boolean joined = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
            joined |= (c == '-' || c == '_') && i > 0 && i < name.length() - 1;
        }
        return joined || (loose && !Character.isDigit(name.charAt(0)) && name.length() > 1);
    }

    /** A user name as the writer writes it: letters, digits and {@code . _ @ + -}, no path, no task id. */
    private static boolean isUser(String name) {
        if (name.isEmpty() || name.length() > 64 || !Character.isLetterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '@' && c != '+' && c != '-') {
                return false;
            }
        }
        return !org.sessionledger.domain.session.Mentions.isTaskId(name);
    }

    /** A named role: up to five words of letters, the first capitalised, the last a role word. */
    static boolean isRole(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > 5 || name.length() > MAX_NAME || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-') {
                    return false;
                }
            }
        }
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return ROLES.contains(last) && !(words.length == 1 && (last.equals("mode") || last.equals("user")));
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || !Character.isLetterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                return false;
            }
        }
        return !org.sessionledger.domain.session.Mentions.isTaskId(name);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.';
    }

    private static String orEmpty(String name) {
        return name == null ? "" : name;
    }
}
