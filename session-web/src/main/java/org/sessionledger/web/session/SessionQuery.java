package org.sessionledger.web.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.web.params.NumberParam;

/** Filters, sort and page of the sessions list, as they appear in the URL (every view is a permalink). */
public class SessionQuery {

    public static final int PAGE_SIZE = 50;

    /** A status word: active, paused, completed or error. */
    @RestQuery
    public String status;

    @RestQuery
    public String coordinator;

    @RestQuery
    public String tag;

    /** Words the title, id or tags must contain. */
    @RestQuery
    public String q;

    /** Sessions started on or after this day (YYYY-MM-DD). */
    @RestQuery
    public String from;

    /** Sessions started on or before this day (YYYY-MM-DD). */
    @RestQuery
    public String to;

    /** start (default), title or status. */
    @RestQuery
    public String sort;

    /** asc or desc (default). */
    @RestQuery
    public String dir;

    /** The page, from 1; past the last page is the last page. */
    @RestQuery
    public String page;

    /** Rows per page, 1 to 200 (default 50). */
    @RestQuery
    public String size;

    public int pageSize() {
        return NumberParam.parse(size, "size", 1, 200, PAGE_SIZE);
    }

    public Optional<SessionStatus> statusFilter() {
        if (blank(status)) {
            return Optional.empty();
        }
        return Optional.of(SessionStatus.parse(status)
                .orElseThrow(() -> new InvalidRequestException(
                        "Unknown status '" + status + "': use active, paused, completed or error.")));
    }

    public String statusWord() {
        return statusFilter().map(s -> s.word().toLowerCase(Locale.ROOT)).orElse("");
    }

    public String coordinatorFilter() {
        return blank(coordinator) ? "" : coordinator.strip();
    }

    public String tagFilter() {
        return blank(tag) ? "" : tag.strip();
    }

    public String text() {
        return blank(q) ? "" : q.strip();
    }

    public Optional<Instant> fromInstant() {
        return day(from, "from").map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public Optional<Instant> toInstant() {
        return day(to, "to").map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public String fromText() {
        return blank(from) ? "" : from.strip();
    }

    public String toText() {
        return blank(to) ? "" : to.strip();
    }

    public String sortKey() {
        String key = blank(sort) ? "start" : sort.toLowerCase(Locale.ROOT);
        if (!key.equals("start") && !key.equals("title") && !key.equals("status")) {
            throw new InvalidRequestException("Unknown sort '" + sort + "': use start, title or status.");
        }
        return key;
    }

    public boolean descending() {
        return !"asc".equalsIgnoreCase(dir);
    }

    public int pageNumber() {
        return NumberParam.parse(page, "page", 1, Integer.MAX_VALUE, 1);
    }

    /** Checks every parameter at once, so that a bad one is reported before any work. */
    public SessionQuery validated() {
        statusFilter();
        sortKey();
        pageNumber();
        pageSize();
        fromInstant();
        toInstant();
        return this;
    }

    /** The URL of another page of this list, with the same filters and order. */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder("/?page=").append(number);
        String[][] params = {
            {"status", status},
            {"coordinator", coordinator},
            {"tag", tag},
            {"q", q},
            {"from", from},
            {"to", to},
            {"sort", sort},
            {"dir", dir},
            {"size", size}
        };
        for (String[] param : params) {
            if (!blank(param[1])) {
                url.append('&')
                        .append(param[0])
                        .append('=')
                        .append(java.net.URLEncoder.encode(param[1].strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    private static Optional<LocalDate> day(String value, String name) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("The '" + name + "' date must look like 2025-07-20.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
