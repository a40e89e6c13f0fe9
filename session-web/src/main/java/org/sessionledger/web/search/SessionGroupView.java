package org.sessionledger.web.search;

import java.util.List;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.index.lucene.SearchResult;

/** A session with matches, as the grouped search shows it: its title, how many hits, and the link to them. */
public record SessionGroupView(String session, String title, long count, String href) {

    static List<SessionGroupView> of(SearchQuery query, SearchResult result, WorkspaceScan scan) {
        return result.sessions().stream()
                .map(g -> new SessionGroupView(
                        g.session(),
                        scan.session(g.session()).map(Session::title).orElse(g.session()),
                        g.count(),
                        query.with("session", g.session())))
                .toList();
    }
}
