package org.sessionledger.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The links under the results: previous and next, the first and the last page, and the pages near the current one,
 * with a gap (no link) where pages are left out. A search with many pages keeps a short pager.
 */
public record Pager(List<Pager.Link> links) {

    /** How many pages either side of the current one get a link. */
    static final int NEAR = 2;

    /** A link to a page; without {@code href} it is a gap. {@code rel} is prev, next or empty. */
    public record Link(String label, String href, boolean current, String rel) {}

    static Pager of(SearchQuery query, int current, int pages) {
        List<Link> links = new ArrayList<>();
        if (pages <= 1) {
            return new Pager(links);
        }
        String base = query.with("page", null);
        String prefix = base + (base.contains("?") ? "&" : "?") + "page=";
        if (current > 1) {
            links.add(new Link("← previous", prefix + (current - 1), false, "prev"));
        }
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= NEAR) {
                if (n > last + 1) {
                    links.add(new Link("…", null, false, ""));
                }
                links.add(new Link(Integer.toString(n), prefix + n, n == current, ""));
                last = n;
            }
        }
        if (current < pages) {
            links.add(new Link("next →", prefix + (current + 1), false, "next"));
        }
        return new Pager(links);
    }
}
