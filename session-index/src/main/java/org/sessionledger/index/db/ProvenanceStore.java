package org.sessionledger.index.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sessionledger.fs.git.CommitInfo;

/**
 * The last commit that changed each file of a git project ({@code ledger_provenance}): a mirror of the clone's
 * history, replaced with every full checkout and updated with every fetch and write.
 */
@ApplicationScoped
public class ProvenanceStore {

    private final EntityManager em;

    ProvenanceStore(EntityManager em) {
        this.em = em;
    }

    /** Replaces every row of the project. */
    @Transactional
    public void replaceAll(String project, Map<String, CommitInfo> byPath) {
        em.createNativeQuery("delete from ledger_provenance where project = ?1")
                .setParameter(1, project)
                .executeUpdate();
        insert(project, byPath);
    }

    /** Sets the rows of {@code byPath} and removes those of {@code removed}. */
    @Transactional
    public void update(String project, Map<String, CommitInfo> byPath, Collection<String> removed) {
        List<String> gone = new java.util.ArrayList<>(removed);
        gone.addAll(byPath.keySet());
        for (int from = 0; from < gone.size(); from += 10_000) {
            em.createNativeQuery("delete from ledger_provenance where project = ?1 and path = any(?2)")
                    .setParameter(1, project)
                    .setParameter(
                            2,
                            gone.subList(from, Math.min(gone.size(), from + 10_000))
                                    .toArray(new String[0]))
                    .executeUpdate();
        }
        insert(project, byPath);
    }

    private void insert(String project, Map<String, CommitInfo> byPath) {
        CopyIn rows = new CopyIn(
                "ledger_provenance",
                "project",
                "path",
                "commit_id",
                "author_name",
                "author_email",
                "at",
                "message",
                "boundary");
        byPath.forEach((path, c) ->
                rows.row(project, path, c.id(), c.authorName(), c.authorEmail(), c.at(), c.message(), c.boundary()));
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(rows::send);
    }

    /** Every row of the project, by path. */
    @Transactional
    public Map<String, CommitInfo> all(String project) {
        Map<String, CommitInfo> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select path, commit_id, author_name, author_email, at, message,"
                        + " boundary from ledger_provenance where project = ?1")
                .setParameter(1, project)
                .getResultList();
        for (Object[] r : rows) {
            out.put(
                    (String) r[0],
                    new CommitInfo(
                            (String) r[1], (String) r[2], (String) r[3], instant(r[4]), (String) r[5], (Boolean) r[6]));
        }
        return out;
    }

    private static java.time.Instant instant(Object value) {
        return switch (value) {
            case java.time.Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> java.time.Instant.parse(value.toString());
        };
    }
}
