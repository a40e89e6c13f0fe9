package org.sessionledger.index.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The facet values of a document, written as one doc value: {@code <dim index>:<value length>:<value>} per value, in
 * a stable order. Documents of one session share most values, so a segment holds far fewer groups than documents,
 * and counting reads one value per match instead of one per facet value.
 */
final class FacetGroup {

    /** Longer values are not counted (a doc value holds at most 32 KB); documents cut theirs to this length. */
    static final int MAX_VALUE_LENGTH = DocumentBuilder.MAX_KEYWORD_LENGTH;

    /**
     * The dimensions a group holds: the facets ({@link SearchRequest#FACETS}), then the session a document belongs to
     * and, for a task, its id (which the search maps to the sessions the task is linked to).
     */
    static final List<String> DIMS = dims();

    static final int SESSION_DIM = 6;
    static final int TASK_DIM = 7;

    private static List<String> dims() {
        if (SearchRequest.FACETS.size() != SESSION_DIM) {
            throw new IllegalStateException("the session's dimension must follow the facets");
        }
        List<String> dims = new ArrayList<>(SearchRequest.FACETS);
        dims.add(IndexFields.SESSION);
        dims.add(IndexFields.TASK);
        return List.copyOf(dims);
    }

    /** One facet value of a dimension (an index into {@link #DIMS}). */
    record Label(int dim, String value) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            int byDim = Integer.compare(dim, other.dim);
            return byDim != 0 ? byDim : value.compareTo(other.value);
        }
    }

    private final TreeSet<Label> labels = new TreeSet<>();

    void add(String dim, String value) {
        int index = DIMS.indexOf(dim);
        if (index < 0) {
            throw new IllegalArgumentException("not a facet: " + dim);
        }
        if (value.length() <= MAX_VALUE_LENGTH) {
            labels.add(new Label(index, value));
        }
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        for (Label label : labels) {
            out.append(label.dim())
                    .append(':')
                    .append(label.value().length())
                    .append(':')
                    .append(label.value());
        }
        return out.toString();
    }

    /** The labels of an encoded group; a malformed encoding yields the labels read before the fault. */
    static List<Label> decode(String encoded) {
        List<Label> out = new ArrayList<>();
        int at = 0;
        while (at < encoded.length()) {
            int colon = encoded.indexOf(':', at);
            int second = colon < 0 ? -1 : encoded.indexOf(':', colon + 1);
            if (second < 0) {
                break;
            }
            try {
                int dim = Integer.parseInt(encoded, at, colon, 10);
                int length = Integer.parseInt(encoded, colon + 1, second, 10);
                int end = second + 1 + length;
                if (dim < 0 || dim >= DIMS.size() || length < 0 || end > encoded.length()) {
                    break;
                }
                out.add(new Label(dim, encoded.substring(second + 1, end)));
                at = end;
            } catch (NumberFormatException e) {
                break;
            }
        }
        return out;
    }
}
