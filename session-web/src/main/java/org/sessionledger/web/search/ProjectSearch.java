package org.sessionledger.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sessionledger.index.lucene.SearchRequest;
import org.sessionledger.index.lucene.SearchResult;
import org.sessionledger.web.project.ProjectRegistry;
import org.sessionledger.web.project.ProjectRuntime;
import org.sessionledger.web.project.ProjectScope;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Searches the request's project, or, on the unscoped search of a server with several projects, every project: each
 * project's index is searched on its own (its hits, counts and facets never mix with another's), and the pages are
 * merged by score or time, with a {@code project} facet of the matches in each. Each hit names its project.
 */
@ApplicationScoped
public class ProjectSearch {

    private static final int CHUNK = 100;

    private final WorkspaceService workspace;
    private final ProjectRegistry projects;

    ProjectSearch(WorkspaceService workspace, ProjectRegistry projects) {
        this.workspace = workspace;
        this.projects = projects;
    }

    /** Whether this query spans every project. */
    public boolean across(SearchQuery query) {
        return ProjectScope.requested().isEmpty()
                && !projects.single()
                && query.projectFilter().isEmpty();
    }

    /** The project a query is confined to: the request's, or the one its {@code project} parameter names. */
    ProjectRuntime scope(SearchQuery query) {
        if (ProjectScope.requested().isEmpty() && !query.projectFilter().isEmpty()) {
            return projects.runtime(query.projectFilter());
        }
        return workspace.runtime();
    }

    public SearchResult search(SearchQuery query) {
        SearchRequest request = query.toRequest();
        if (!across(query)) {
            ProjectRuntime p = scope(query);
            SearchResult r = p.searcher().search(request);
            return new SearchResult(
                    r.total(),
                    r.hits().stream().map(h -> h.withProject(p.name())).toList(),
                    r.facets(),
                    r.tookMicros(),
                    r.sessions(),
                    r.sessionTotal(),
                    r.note());
        }
        return acrossAll(request);
    }

    private SearchResult acrossAll(SearchRequest request) {
        long started = System.nanoTime();
        int need = request.page() * request.pageSize();
        List<SearchResult.Hit> hits = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Map<String, Long> byProject = new LinkedHashMap<>();
        long total = 0;
        String note = "";
        for (ProjectRegistry.Entry entry : projects.all()) {
            ProjectRuntime p = entry.runtime();
            for (int page = 1; ; page++) {
                SearchResult r = p.searcher().search(chunk(request, page));
                r.hits().forEach(h -> hits.add(h.withProject(p.name())));
                if (page == 1) {
                    total += r.total();
                    byProject.put(p.name(), r.total());
                    r.facets()
                            .forEach((facet, counts) ->
                                    counts.forEach(c -> facets.computeIfAbsent(facet, k -> new LinkedHashMap<>())
                                            .merge(c.value(), c.count(), Long::sum)));
                    note = note.isEmpty() ? r.note() : note;
                }
                if (r.hits().size() < CHUNK || page * CHUNK >= need) {
                    break;
                }
            }
        }
        hits.sort(order(request.order()));
        int from = Math.min(hits.size(), (request.page() - 1) * request.pageSize());
        int to = Math.min(hits.size(), need);
        Map<String, List<SearchResult.FacetCount>> shown = new LinkedHashMap<>();
        shown.put(FacetView.PROJECT, counts(byProject));
        facets.forEach((facet, counts) -> shown.put(facet, counts(counts)));
        if (request.bySession() && note.isEmpty()) {
            note = "counted by session within a project only: choose a project";
        }
        return new SearchResult(
                total,
                List.copyOf(hits.subList(from, to)),
                shown,
                (System.nanoTime() - started) / 1000,
                List.of(),
                0,
                note);
    }

    private static SearchRequest chunk(SearchRequest r, int page) {
        return new SearchRequest(r.query(), r.filters(), r.from(), r.to(), r.order(), page, CHUNK, false);
    }

    private static Comparator<SearchResult.Hit> order(SearchRequest.Order order) {
        return switch (order) {
            case RELEVANCE ->
                Comparator.comparingDouble((SearchResult.Hit h) -> h.score()).reversed();
            case NEWEST ->
                Comparator.comparingLong((SearchResult.Hit h) -> h.time()).reversed();
            case OLDEST -> Comparator.comparingLong(SearchResult.Hit::time);
        };
    }

    private static List<SearchResult.FacetCount> counts(Map<String, Long> counts) {
        Map<String, Long> nonZero = new HashMap<>(counts);
        nonZero.values().removeIf(c -> c == 0);
        return nonZero.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
                .toList();
    }
}
