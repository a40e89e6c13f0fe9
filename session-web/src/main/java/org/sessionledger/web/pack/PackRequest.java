package org.sessionledger.web.pack;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.web.report.ReportPage;

/**
 * What an audit pack is made of: the sessions named, or those with activity between two days (UTC, both included),
 * optionally of one coordinator.
 */
public record PackRequest(
        @Size(max = PackService.MAX_SESSIONS, message = "names too many sessions")
        List<@Pattern(regexp = "[^\\u0000-\\u001f/\\\\]{1,200}", message = "is not a session id") String> sessions,

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a day such as 2025-07-20")
        String from,

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a day such as 2025-07-20")
        String to,

        @Size(max = 200) String coordinator,

        @Pattern(
                regexp = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?",
                message = "must be a time such as 2025-07-20T12:00:00Z, or a day (its end)")
        String asOf) {

    public PackRequest {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        if (sessions.isEmpty() && blank(from) && blank(to)) {
            throw new InvalidRequestException("Name the sessions of the pack, or a range of days (from, to).");
        }
    }

    Optional<String> coordinatorName() {
        return blank(coordinator) ? Optional.empty() : Optional.of(coordinator.strip());
    }

    ReportPage.AuditQuery auditQuery() {
        return new ReportPage.AuditQuery(
                blank(from) ? "" : from,
                blank(to) ? "" : to,
                "",
                coordinatorName().orElse(""),
                "");
    }

    Instant start() {
        return auditQuery().start();
    }

    Instant end() {
        return auditQuery().end();
    }

    /** The moment the pack shows the files as of: a time, or the end of a day (UTC); empty for the files as they are. */
    Optional<Instant> asOfInstant() {
        if (blank(asOf)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    asOf.length() == 10
                            ? java.time.LocalDate.parse(asOf)
                                    .plusDays(1)
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant()
                                    .minusMillis(1)
                            : java.time.OffsetDateTime.parse(asOf).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("asOf: '" + asOf + "' is not a time such as 2025-07-20T12:00:00Z.");
        }
    }

    /** The request as the manifest records it: only what was asked. */
    Map<String, Object> asQuery() {
        Map<String, Object> query = new LinkedHashMap<>();
        if (!sessions.isEmpty()) {
            query.put("sessions", sessions);
        }
        if (!blank(from)) {
            query.put("from", from);
        }
        if (!blank(to)) {
            query.put("to", to);
        }
        coordinatorName().ifPresent(c -> query.put("coordinator", c));
        if (!blank(asOf)) {
            query.put("asOf", asOf);
        }
        return query;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
