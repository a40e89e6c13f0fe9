package org.sessionledger.web.session;

import java.util.Locale;
import java.util.Optional;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.SessionStatus;

/**
 * Filters, sort and page of the sessions list, as they appear in the URL.
 *
 * @param status a status word ({@code active}, {@code paused}, ...) or empty
 * @param coordinator an exact coordinator or empty
 * @param text words the title or id must contain, or empty
 * @param sort {@code start} (default), {@code title} or {@code status}
 * @param descending newest first when true
 * @param page 1-based page
 */
public record SessionQuery(
        Optional<SessionStatus> status, String coordinator, String text, String sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 50;

    public static SessionQuery parse(
            String status, String coordinator, String text, String sort, String dir, int page) {
        Optional<SessionStatus> parsed = Optional.empty();
        if (status != null && !status.isBlank()) {
            parsed = SessionStatus.parse(status);
            if (parsed.isEmpty()) {
                throw new InvalidRequestException(
                        "Unknown status '" + status + "': use active, paused, completed or error.");
            }
        }
        String sortKey = sort == null || sort.isBlank() ? "start" : sort.toLowerCase(Locale.ROOT);
        if (!sortKey.equals("start") && !sortKey.equals("title") && !sortKey.equals("status")) {
            throw new InvalidRequestException("Unknown sort '" + sort + "': use start, title or status.");
        }
        return new SessionQuery(
                parsed,
                coordinator == null ? "" : coordinator.strip(),
                text == null ? "" : text.strip(),
                sortKey,
                !"asc".equalsIgnoreCase(dir),
                Math.max(1, page));
    }

    /** The status filter as the word used in URLs, or empty. */
    public String statusWord() {
        return status.map(s -> s.word().toLowerCase(Locale.ROOT)).orElse("");
    }
}
