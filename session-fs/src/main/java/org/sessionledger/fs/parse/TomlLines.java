package org.sessionledger.fs.parse;

/** Line-level facts about TOML text, shared by the lenient reader and the line-preserving editor. */
public final class TomlLines {

    private TomlLines() {}

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
