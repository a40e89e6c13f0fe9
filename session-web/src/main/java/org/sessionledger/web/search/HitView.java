package org.sessionledger.web.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.qute.RawString;
import org.sessionledger.index.lucene.SearchResult;
import org.sessionledger.web.template.TemplateExtensions;

/** A search hit with the page it leads to. */
public record HitView(
        SearchResult.Hit hit,
        String href,
        String time,
        @JsonIgnore RawString passage,
        @JsonIgnore boolean across) {

    /**
     * @param base the prefix of the pages of the hit's project
     * @param across whether the search spans projects (the hit then shows its project)
     */
    static HitView of(SearchResult.Hit hit, String query, String base, boolean across) {
        String q = "?q=" + TemplateExtensions.segment(query);
        String href = base
                + switch (hit.kind()) {
                    case "entry" -> "/sessions/" + TemplateExtensions.segment(hit.session()) + "#L" + hit.line();
                    case "artifact" -> "/files/" + TemplateExtensions.path(hit.path()) + q;
                    case "task" -> "/tasks/" + TemplateExtensions.segment(hit.task());
                    default -> "/sessions/" + TemplateExtensions.segment(hit.session());
                };
        // the passage is the file's text escaped by the highlighter, with <mark> around matches
        return new HitView(hit, href, TemplateExtensions.isoTime(hit.time()), new RawString(hit.passage()), across);
    }
}
