package org.sessionledger.index.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail in PostgreSQL: every write the app makes, appended, never rebuilt. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntity, Long> {

    /** Appends a write to the trail; the record's id is ignored and assigned. */
    @Transactional
    public AuditRecord record(AuditRecord write) {
        AuditEntity e = new AuditEntity();
        e.at = write.at();
        e.actor = write.actor();
        e.action = write.action();
        e.sessionId = write.sessionId();
        e.file = write.file();
        e.beforeHash = write.beforeHash();
        e.afterHash = write.afterHash();
        e.detail = write.detail() == null ? "" : write.detail();
        persist(e);
        return AuditRecord.of(e);
    }

    /** The earliest and the latest instant a query uses: the database holds no others, nor does the JDBC driver. */
    static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * Writes between two instants, optionally of one actor and one session, oldest first. Instants beyond the years
     * 1 to 9999 are taken as those bounds.
     */
    @Transactional
    public List<AuditRecord> between(Instant from, Instant to, String actor, String sessionId) {
        if (hasNul(actor) || hasNul(sessionId)) {
            return List.of(); // PostgreSQL text holds no NUL, so no row has it (and the driver refuses to send it)
        }
        StringBuilder query = new StringBuilder("at >= :from and at < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", clamp(from));
        params.put("to", clamp(to));
        if (actor != null && !actor.isBlank()) {
            query.append(" and actor = :actor");
            params.put("actor", actor);
        }
        if (sessionId != null && !sessionId.isBlank()) {
            query.append(" and sessionId = :session");
            params.put("session", sessionId);
        }
        return find(query.toString(), Sort.by("at").and("id"), params).stream()
                .map(AuditRecord::of)
                .toList();
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    private static Instant clamp(Instant at) {
        return at.isBefore(FIRST) ? FIRST : at.isAfter(LAST) ? LAST : at;
    }
}
