package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at {@code \r\n}, {@code \n} or {@code \r}, keeping empty lines (also the last). */
final class Lines {

    private Lines() {}

    static String[] of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }
}
