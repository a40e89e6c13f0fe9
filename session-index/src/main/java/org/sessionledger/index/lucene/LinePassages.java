package org.sessionledger.index.lucene;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats a hit's passages as HTML (the text escaped, matches in {@code <mark>}) and counts the line breaks before its
 * first match, so that a hit can point at the line of the matching text rather than at its document's first line.
 */
final class LinePassages extends PassageFormatter {

    /** The passages of a hit and the line breaks in its text before the first match (-1 without a match). */
    record Formatted(String html, int newlines) {}

    static final Formatted NONE = new Formatted("", -1);

    private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    @Override
    public Object format(Passage[] passages, String content) {
        String formatted = html.format(passages, content);
        int first = -1;
        for (Passage passage : passages) {
            if (passage.getNumMatches() > 0) {
                int start = passage.getMatchStarts()[0];
                first = first < 0 ? start : Math.min(first, start);
            }
        }
        if (first < 0) {
            return new Formatted(formatted, -1);
        }
        int newlines = 0;
        for (int i = 0; i < first && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                newlines++;
            }
        }
        return new Formatted(formatted, newlines);
    }
}
