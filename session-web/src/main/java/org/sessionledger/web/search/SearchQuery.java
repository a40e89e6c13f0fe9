package org.sessionledger.web.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.index.lucene.SearchRequest;
import org.sessionledger.web.params.NumberParam;

/** The search form as it appears in the URL; every search is a permalink. */
public class SearchQuery {

    @RestQuery
    public String q;

    @RestQuery
    public String kind;

    @RestQuery
    public String status;

    @RestQuery
    public String category;

    @RestQuery
    public String coordinator;

    @RestQuery
    public String tag;

    /** Only documents holding a masked credential of this kind ({@code github-token}, ...). */
    @RestQuery
    public String secret;

    /** Only the hits of this session (its entries and artifacts, and the tasks linked to it). */
    @RestQuery
    public String session;

    /** Only the hits of this project (a search across projects has a facet of them). */
    @RestQuery
    public String project;

    /** {@code session}: the matches counted by session, with a link to the hits of each. */
    @RestQuery
    public String group;

    @RestQuery
    public String from;

    @RestQuery
    public String to;

    @RestQuery
    public String sort;

    /** The page of results, from 1; page × size stays within {@link #MAX_HITS}. */
    @RestQuery
    public String page;

    /** Hits per page, 1 to 100 (default 20). */
    @RestQuery
    public String size;

    /** The deepest hit a search collects: deeper pages cost memory and time, and nobody reads them. */
    public static final int MAX_HITS = 10_000;

    public static final int PAGE_SIZE = 20;

    public int pageSize() {
        return NumberParam.parse(size, "size", 1, 100, PAGE_SIZE);
    }

    public int pageNumber() {
        return NumberParam.parse(page, "page", 1, MAX_HITS / pageSize(), 1);
    }

    public String text() {
        return q == null ? "" : q.strip();
    }

    /** The active filters, in facet order. */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "kind", kind);
        put(filters, "status", status);
        put(filters, "category", category);
        put(filters, "coordinator", coordinator);
        put(filters, "tag", tag);
        put(filters, "secret", secret);
        put(filters, "session", session);
        return filters;
    }

    public SearchRequest toRequest() {
        SearchRequest.Order order = switch (sort == null ? "" : sort.toLowerCase(Locale.ROOT)) {
            case "", "relevance" -> SearchRequest.Order.RELEVANCE;
            case "newest" -> SearchRequest.Order.NEWEST;
            case "oldest" -> SearchRequest.Order.OLDEST;
            default ->
                throw new InvalidRequestException("Unknown sort '" + sort + "': use relevance, newest or oldest.");
        };
        SearchRequest request = new SearchRequest(
                text(),
                filters(),
                date(from, "from").map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)),
                date(to, "to")
                        .map(d -> d.plusDays(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .minusMillis(1)),
                order,
                pageNumber(),
                pageSize());
        return grouped() ? request.groupedBySession() : request;
    }

    /** Whether the matches are to be counted by session. */
    public boolean grouped() {
        return "session".equalsIgnoreCase(group == null ? "" : group.strip());
    }

    /** The project filter, blank when none. */
    public String projectFilter() {
        return project == null ? "" : project.strip();
    }

    public String sortKey() {
        return sort == null || sort.isBlank() ? "relevance" : sort.toLowerCase(Locale.ROOT);
    }

    public String fromText() {
        return from == null ? "" : from;
    }

    public String toText() {
        return to == null ? "" : to;
    }

    /** This query's URL with one parameter changed (blank removes it) and the page reset. */
    public String with(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "project", project);
        params.putAll(filters());
        put(params, "from", from);
        put(params, "to", to);
        put(params, "sort", sort);
        put(params, "size", size);
        put(params, "group", group);
        if (value == null || value.isBlank() || value.equals(params.get(name))) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        StringBuilder url = new StringBuilder(org.sessionledger.web.project.ProjectScope.base() + "/search");
        params.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&')
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static Optional<LocalDate> date(String value, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("The '" + name + "' date must look like 2025-07-20.");
        }
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
