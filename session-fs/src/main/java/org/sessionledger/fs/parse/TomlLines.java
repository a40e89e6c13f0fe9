package org.sessionledger.fs.parse;

/** Line-level facts about TOML text, shared by the lenient reader and the line-preserving editor. */
public final class TomlLines {

    private static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile(
            "^(?:[A-Za-z0-9_\\-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_\\-]+|\"[^\"]*\"))*\\s*=.*");
    private static final java.util.regex.Pattern TABLE_HEADER = java.util.regex.Pattern.compile("^\\[\\[?[^\\]]+]]?$");

    private TomlLines() {}

    /** Whether code (a line without its comment, stripped) is a {@code key = value} line. */
    static boolean isKeyLine(String code) {
        return KEY_LINE.matcher(code).matches();
    }

    /** Whether code (a line without its comment, stripped) is a {@code [table]} or {@code [[array]]} header. */
    static boolean isTableHeader(String code) {
        return TABLE_HEADER.matcher(code).matches();
    }

    /** The part of a line before a {@code #} comment that is not inside a string. */
    public static String codeOf(String line) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !inSingle && (i == 0 || line.charAt(i - 1) != '\\')) {
                inDouble = !inDouble;
            } else if (c == '\'' && !inDouble) {
                inSingle = !inSingle;
            } else if (c == '#' && !inDouble && !inSingle) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
