package org.sessionledger.index.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects that admins added ({@code ledger_project}); secrets arrive sealed and are stored as they are. Unlike
 * the mirror, these rows are not rebuilt from files.
 */
@ApplicationScoped
public class ProjectRows {

    /**
     * One stored project.
     *
     * @param kind {@code folder} or {@code git}
     * @param credentials sealed credentials (null: none)
     * @param hookSecret the sealed webhook secret (null: none)
     */
    public record Row(
            String name,
            String title,
            String kind,
            String path,
            String gitUrl,
            String branch,
            Integer depth,
            Long fetchIntervalMillis,
            boolean readOnly,
            String credentials,
            String hookSecret) {}

    private final EntityManager em;

    ProjectRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<Row> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, title, kind, path, git_url, branch, depth,"
                        + " fetch_interval_ms, read_only, credentials, hook_secret from ledger_project where kind is not null"
                        + " order by name")
                .getResultList();
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Row(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).intValue(),
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    (Boolean) r[8],
                    (String) r[9],
                    (String) r[10]));
        }
        return out;
    }

    /** Inserts or replaces the project of that name. */
    @Transactional
    public void save(Row row) {
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("insert into ledger_project (name, title,"
                    + " kind, path, git_url, branch, depth, fetch_interval_ms, read_only, credentials, hook_secret,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (name) do update set title = excluded.title, kind = excluded.kind,"
                    + " path = excluded.path, git_url = excluded.git_url, branch = excluded.branch,"
                    + " depth = excluded.depth, fetch_interval_ms = excluded.fetch_interval_ms,"
                    + " read_only = excluded.read_only, credentials = excluded.credentials,"
                    + " hook_secret = excluded.hook_secret, updated_at = excluded.updated_at")) {
                st.setString(1, row.name());
                st.setString(2, row.title());
                st.setString(3, row.kind());
                st.setString(4, row.path());
                st.setString(5, row.gitUrl());
                st.setString(6, row.branch());
                st.setObject(7, row.depth(), java.sql.Types.INTEGER);
                st.setObject(8, row.fetchIntervalMillis(), java.sql.Types.BIGINT);
                st.setBoolean(9, row.readOnly());
                st.setString(10, row.credentials());
                st.setString(11, row.hookSecret());
                st.setTimestamp(12, now);
                st.setTimestamp(13, now);
                st.executeUpdate();
            }
        });
    }

    @Transactional
    public boolean delete(String name) {
        return em.createNativeQuery("delete from ledger_project where name = ?1 and kind is not null")
                        .setParameter(1, name)
                        .executeUpdate()
                > 0;
    }
}
