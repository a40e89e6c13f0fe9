package org.sessionledger.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.web.workspace.WorkspaceService;

/** Filters, sorts and pages the sessions of the latest scan. */
@ApplicationScoped
public class SessionListing {

    private final WorkspaceService workspace;

    SessionListing(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    /** A page of rows with the total count and the facet counts of the unfiltered list. */
    public record Page(
            List<SessionRow> rows,
            int total,
            int page,
            int pages,
            List<StatusCount> statuses,
            List<String> coordinators,
            List<String> tags) {}

    /** How many sessions of the whole workspace have a status. */
    public record StatusCount(String word, int count) {}

    public Page list(SessionQuery query) {
        query.validated();
        WorkspaceScan scan = workspace.current();
        List<Session> matching = scan.sessions().stream()
                .filter(s -> matches(s, query))
                .sorted(order(query))
                .toList();
        int pages = Math.max(1, (matching.size() + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.pageNumber(), pages);
        List<SessionRow> rows = matching.stream()
                .skip((long) (page - 1) * query.pageSize())
                .limit(query.pageSize())
                .map(s -> SessionRow.of(s, scan.diagnosticsUnder(s.directory()).size()))
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        scan.sessions()
                .forEach(s -> counts.merge(
                        s.status().map(st -> st.word().toLowerCase(Locale.ROOT)).orElse("unknown"), 1, Integer::sum));
        List<StatusCount> statuses = counts.entrySet().stream()
                .filter(e -> !e.getKey().equals("unknown"))
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
        List<String> coordinators = scan.sessions().stream()
                .map(Session::coordinator)
                .filter(c -> !c.isBlank())
                .distinct()
                .sorted()
                .toList();
        List<String> tags = scan.sessions().stream()
                .flatMap(s -> s.tags().stream())
                .distinct()
                .sorted()
                .toList();
        return new Page(rows, matching.size(), page, pages, statuses, coordinators, tags);
    }

    private static boolean matches(Session s, SessionQuery q) {
        if (q.statusFilter().isPresent() && !s.status().equals(q.statusFilter())) {
            return false;
        }
        if (!q.coordinatorFilter().isEmpty() && !s.coordinator().equals(q.coordinatorFilter())) {
            return false;
        }
        if (!q.tagFilter().isEmpty() && !s.tags().contains(q.tagFilter())) {
            return false;
        }
        var start = s.start().instant();
        if (q.fromInstant().isPresent()
                && (start.isEmpty() || start.get().isBefore(q.fromInstant().get()))) {
            return false;
        }
        if (q.toInstant().isPresent()
                && (start.isEmpty() || !start.get().isBefore(q.toInstant().get()))) {
            return false;
        }
        if (q.text().isEmpty()) {
            return true;
        }
        String haystack =
                (s.title() + " " + s.id().value() + " " + String.join(" ", s.tags())).toLowerCase(Locale.ROOT);
        for (String word : q.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Session> order(SessionQuery q) {
        Comparator<Session> order = switch (q.sortKey()) {
            case "title" -> Comparator.comparing(s -> s.title().toLowerCase(Locale.ROOT));
            case "status" ->
                Comparator.comparing(s -> s.status().map(Enum::ordinal).orElse(99));
            default -> Comparator.comparing(Session::start);
        };
        order = order.thenComparing(Session::id);
        return q.descending() ? order.reversed() : order;
    }
}
