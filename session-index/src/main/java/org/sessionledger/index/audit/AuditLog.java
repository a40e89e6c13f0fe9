package org.sessionledger.index.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.sessionledger.domain.error.UnavailableException;

/** The audit trail in PostgreSQL: every write the app makes, appended, never rebuilt. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntity, Long> {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /** Appends a write to the trail; the record's id is ignored and assigned. */
    @Transactional
    public AuditRecord record(AuditRecord write) {
        return append(write);
    }

    /**
     * Carries out a write to the files and records it, in a transaction of its own that is opened first: while the
     * database cannot be reached the write is refused before it changes anything. What remains is the time between this
     * check and the commit (the write itself, a few milliseconds): a database lost then leaves a written file without
     * its audit row, which is logged as an error with the whole record (the session log names the actor as well).
     *
     * @throws UnavailableException when the database does not answer (nothing was written)
     */
    public <T> T recordWrite(Supplier<T> write, Function<T, AuditRecord> record) {
        AtomicReference<AuditRecord> written = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                requireDatabase();
                T result = write.get();
                written.set(record.apply(result));
                append(written.get());
                flush();
                return result;
            });
        } catch (RuntimeException e) {
            AuditRecord entry = written.get();
            if (entry != null) {
                LOG.errorf(
                        "Written but not audited (the database failed after the write): %s of %s by %s on %s, %s -> %s:"
                                + " %s",
                        entry.action(),
                        entry.sessionId(),
                        entry.actor(),
                        entry.file(),
                        entry.beforeHash(),
                        entry.afterHash(),
                        entry.detail());
            }
            throw e;
        }
    }

    /** Takes the transaction's connection and asks the database a question; refuses the write if it does not answer. */
    private void requireDatabase() {
        try {
            getEntityManager().createNativeQuery("select 1").getSingleResult();
        } catch (RuntimeException e) {
            LOG.warnf("A write was refused: the audit trail's database does not answer (%s)", e.getMessage());
            throw new UnavailableException(
                    "The database that records every write cannot be reached; nothing was changed. Try again shortly.");
        }
    }

    private AuditRecord append(AuditRecord write) {
        AuditEntity e = new AuditEntity();
        e.at = write.at();
        e.actor = write.actor();
        e.action = write.action();
        e.sessionId = write.sessionId();
        e.file = write.file();
        e.beforeHash = write.beforeHash();
        e.afterHash = write.afterHash();
        e.detail = write.detail() == null ? "" : write.detail();
        e.project = write.project() == null ? "" : write.project();
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
        return between(from, to, actor, sessionId, java.util.Set.of());
    }

    /** As {@link #between(Instant, Instant, String, String)}, in the given projects only (all when empty). */
    @Transactional
    public List<AuditRecord> between(
            Instant from, Instant to, String actor, String sessionId, java.util.Set<String> projects) {
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
        if (!projects.isEmpty()) {
            query.append(" and project in :projects");
            params.put("projects", projects);
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
