package org.sessionledger.fs.parse;

/**
 * How a log entry of several lines is written so that it reads back as exactly one entry with exactly its text. The
 * first line follows the entry's marker; every further line is indented by the marker's width, and a line that would
 * start an entry of its own, open or close a code fence, or start with a backslash before such a line, gets a
 * backslash before its first character (Markdown's escape: it renders as the text without it). The reader removes
 * that indentation and that one backslash again ({@link #decodeContinuation}).
 */
public final class EntryLines {

    /** The indentation of continuation lines: the width of {@code "- "}, the marker the writer uses. */
    public static final int INDENT = 2;

    private EntryLines() {}

    /**
     * The lines of an entry: {@code first} (the marker, time and the text's first line) and the rest of
     * {@code text}'s lines encoded, joined by {@code \n}.
     */
    public static String encode(String marker, String text) {
        String[] lines = Lines.of(text);
        boolean fencesOpen = leavesFenceOpen(lines);
        StringBuilder out = new StringBuilder(marker).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            out.append('\n');
            if (line.isEmpty()) {
                continue;
            }
            out.append(" ".repeat(INDENT));
            int at = indentation(line);
            String rest = line.substring(at);
            boolean escape = EntryParser.opensEntry(" ".repeat(INDENT) + line)
                    || (fencesOpen && isFence(rest))
                    || (rest.startsWith("\\") && escapable(rest.substring(1)));
            out.append(line, 0, at).append(escape ? "\\" : "").append(rest);
        }
        return out.toString();
    }

    /**
     * A continuation line of an entry whose text starts at column {@code column}, as the text of the entry holds it:
     * up to {@code column} spaces of indentation removed, and the writer's escape undone.
     */
    static String decodeContinuation(String line, int column) {
        int cut = 0;
        while (cut < column && cut < line.length() && line.charAt(cut) == ' ') {
            cut++;
        }
        String dedented = line.substring(cut);
        int at = indentation(dedented);
        if (dedented.startsWith("\\", at) && escapable(dedented.substring(at + 1))) {
            return dedented.substring(0, at) + dedented.substring(at + 1);
        }
        return dedented;
    }

    /** Whether a line, unescaped, would be read as something other than plain text of the entry. */
    private static boolean escapable(String rest) {
        return EntryParser.opensEntry(rest) || isFence(rest) || rest.startsWith("\\");
    }

    private static boolean isFence(String rest) {
        return EntryParser.fenceMark(rest) != null;
    }

    /** Whether the continuation lines, as the parser tracks fences, leave a code fence open. */
    private static boolean leavesFenceOpen(String[] lines) {
        String open = null;
        for (int i = 1; i < lines.length; i++) {
            String mark = EntryParser.fenceMark(lines[i]);
            if (mark != null) {
                open = open == null ? mark : (open.equals(mark) ? null : open);
            }
        }
        return open != null;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
