package org.sessionledger.index.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.diagnostic.Severity;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/**
 * The PostgreSQL mirror of every project: replaces the rows of indexing units in one transaction per batch (deletes
 * through the ORM, inserts with {@code COPY}), keeps the file states that let a restart skip unchanged files, counts
 * every write in the project's {@code ledger_meta.generation}, and gives the mirrored sessions and tasks back (read
 * with plain JDBC). Each project's indexer sees its own rows through {@link #forProject}.
 */
@ApplicationScoped
public class MirrorStore {

    /** Diagnostics that come from link resolution rather than from one unit. */
    public static final String LINKS_UNIT = "links";

    /** PostgreSQL takes at most 65535 bind parameters per statement. */
    private static final int DELETE_CHUNK = 10_000;

    private static final String[] UNIT_TABLES = {
        "EntryEntity", "ArtifactEntity", "DiagnosticEntity", "FileStateEntity", "SessionEntity", "TaskEntity"
    };

    private final EntityManager em;
    private final LinkRepository links;
    private final DiagnosticRepository diagnostics;
    private final DataSource dataSource;

    MirrorStore(EntityManager em, LinkRepository links, DiagnosticRepository diagnostics, DataSource dataSource) {
        this.em = em;
        this.links = links;
        this.diagnostics = diagnostics;
        this.dataSource = dataSource;
    }

    /** The mirror as the indexer of {@code project} uses it: that project's rows only. */
    public Mirror forProject(String project) {
        ensureMeta(project);
        return new ProjectMirror(this, project, new MirrorReads(dataSource, project));
    }

    /** The project's counter starts above every counter held, so no snapshot saved before can match it. */
    @Transactional
    public void ensureMeta(String project) {
        em.createNativeQuery("insert into ledger_meta (project, name, value) select ?1, 'generation',"
                        + " coalesce(max(value), 0) + 1 from ledger_meta where name = 'generation'"
                        + " on conflict do nothing")
                .setParameter(1, project)
                .executeUpdate();
        em.createNativeQuery("insert into ledger_meta (project, name, value) values (?1, 'links_pending', 0)"
                        + " on conflict do nothing")
                .setParameter(1, project)
                .executeUpdate();
    }

    /** Removes every row of a project that is gone (its counter stays, above any snapshot's). */
    @Transactional
    public void dropProject(String project) {
        clear(project);
        em.createNativeQuery("delete from ledger_provenance where project = ?1")
                .setParameter(1, project)
                .executeUpdate();
    }

    @Transactional
    public long write(String project, List<MirrorUnit> batch) {
        long generation = bumpGeneration(project);
        linksPending(project, true);
        List<String> keys = batch.stream().map(MirrorUnit::key).toList();
        for (String table : UNIT_TABLES) {
            em.createQuery("delete from " + table + " where project = :project and unit in :units")
                    .setParameter("project", project)
                    .setParameter("units", keys)
                    .executeUpdate();
        }
        MirrorRows rows = new MirrorRows(project);
        for (MirrorUnit unit : batch) {
            switch (unit) {
                case MirrorUnit.SessionUnit s -> {
                    rows.session(SessionEntityMapper.toEntity(s.key(), s.session()));
                    rows.entries(
                            SessionEntityMapper.entries(s.key(), s.session().entries()));
                    rows.artifacts(
                            SessionEntityMapper.artifacts(s.key(), s.session().artifacts()));
                    rows.diagnostics(diagnosticRows(s.key(), s.diagnostics()));
                }
                case MirrorUnit.TaskUnit t -> {
                    rows.task(TaskEntityMapper.toEntity(t.key(), t.task()));
                    rows.entries(SessionEntityMapper.entries(t.key(), t.task().entries()));
                    rows.diagnostics(diagnosticRows(t.key(), t.diagnostics()));
                }
                case MirrorUnit.UnreadableUnit u -> rows.diagnostics(diagnosticRows(u.key(), u.diagnostics()));
                case MirrorUnit.Removed r -> {
                    // its rows are gone with the deletes above
                }
            }
        }
        send(rows);
        return generation;
    }

    @Transactional
    public long recordFiles(String project, List<MirrorUnit> committed) {
        long generation = bumpGeneration(project);
        MirrorRows rows = new MirrorRows(project);
        committed.forEach(unit -> unit.files().forEach(f -> rows.file(unit.key(), f)));
        send(rows);
        return generation;
    }

    /** Sends the rows with COPY on the transaction's connection, after the statements Hibernate still holds. */
    private void send(MirrorRows rows) {
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(rows::send);
    }

    private static List<DiagnosticEntity> diagnosticRows(String unit, List<Diagnostic> found) {
        List<DiagnosticEntity> rows = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Diagnostic d = found.get(i);
            DiagnosticEntity e = new DiagnosticEntity();
            e.id = DeterministicIds.of(unit, Integer.toString(i));
            e.unit = unit;
            e.file = d.file();
            e.line = d.line();
            e.severity = d.severity().name();
            e.kind = d.kind().name();
            e.message = d.message();
            rows.add(e);
        }
        return rows;
    }

    @Transactional
    public long replaceLinks(String project, List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {
        long generation = bumpGeneration(project);
        linksPending(project, false);
        List<String> ids = removed.stream().map(MirrorStore::linkId).toList();
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            links.delete(
                    "project = ?1 and id in ?2", project, ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)));
        }
        diagnostics.delete("project = ?1 and unit = ?2", project, LINKS_UNIT);
        MirrorRows rows = new MirrorRows(project);
        rows.links(added.stream().map(MirrorStore::toEntity).toList());
        rows.diagnostics(diagnosticRows(LINKS_UNIT, linkDiagnostics));
        send(rows);
        return generation;
    }

    @Transactional
    public void linksCurrent(String project) {
        linksPending(project, false);
    }

    @Transactional
    public long clear(String project) {
        long generation = bumpGeneration(project);
        linksPending(project, false);
        for (String table : UNIT_TABLES) {
            em.createQuery("delete from " + table + " where project = :project")
                    .setParameter("project", project)
                    .executeUpdate();
        }
        links.delete("project", project);
        diagnostics.delete("project", project);
        return generation;
    }

    /** Sets or clears the links-pending flag, in the writing transaction. */
    private void linksPending(String project, boolean pending) {
        em.createNativeQuery("update ledger_meta set value = ?1 where project = ?2 and name = 'links_pending'"
                        + " and value <> ?1")
                .setParameter(1, pending ? 1L : 0L)
                .setParameter(2, project)
                .executeUpdate();
    }

    /** Counts a write, in the writing transaction. */
    private long bumpGeneration(String project) {
        Number value = (Number) em.createNativeQuery("update ledger_meta set value = value + 1 where project = ?1"
                        + " and name = 'generation' returning value")
                .setParameter(1, project)
                .getSingleResult();
        return value.longValue();
    }

    static Map<String, Session> sessions(MirrorReads reads) {
        Map<String, List<EntryEntity>> entries;
        Map<String, List<ArtifactEntity>> artifacts;
        List<SessionEntity> sessions;
        try (ExecutorService queries = Executors.newVirtualThreadPerTaskExecutor()) {
            // three queries on three connections, side by side
            CompletableFuture<Map<String, List<EntryEntity>>> entryRows =
                    CompletableFuture.supplyAsync(() -> reads.entries("session:"), queries);
            CompletableFuture<Map<String, List<ArtifactEntity>>> artifactRows =
                    CompletableFuture.supplyAsync(reads::artifacts, queries);
            sessions = reads.sessions();
            entries = entryRows.join();
            artifacts = artifactRows.join();
        }
        Map<String, Session> out = new HashMap<>();
        for (SessionEntity s : sessions) {
            out.put(
                    s.unit,
                    SessionEntityMapper.toSession(
                            s, entries.getOrDefault(s.unit, List.of()), artifacts.getOrDefault(s.unit, List.of())));
        }
        return out;
    }

    static Map<String, Task> tasks(MirrorReads reads) {
        Map<String, List<EntryEntity>> entries = reads.entries("task:");
        Map<String, Task> out = new HashMap<>();
        for (TaskEntity t : reads.tasks()) {
            out.put(t.unit, TaskEntityMapper.toTask(t, entries.getOrDefault(t.unit, List.of())));
        }
        return out;
    }

    static Map<String, List<Diagnostic>> diagnostics(MirrorReads reads) {
        return reads.diagnostics().stream()
                .sorted(java.util.Comparator.comparing((DiagnosticEntity d) -> d.unit)
                        .thenComparing(d -> d.id))
                .collect(Collectors.groupingBy(
                        d -> d.unit,
                        Collectors.mapping(
                                d -> new Diagnostic(
                                        d.file,
                                        d.line,
                                        Severity.valueOf(d.severity),
                                        DiagnosticKind.valueOf(d.kind),
                                        d.message),
                                Collectors.toList())));
    }

    static List<Link> links(MirrorReads reads) {
        return reads.links().stream()
                .map(l -> new Link(
                        LinkType.valueOf(l.type),
                        new NodeRef(NodeKind.valueOf(l.fromKind), l.fromKey),
                        new NodeRef(NodeKind.valueOf(l.toKind), l.toKey),
                        l.resolved))
                .toList();
    }

    private static String linkId(Link l) {
        return DeterministicIds.of(
                l.type().name(),
                l.from().kind().name(),
                l.from().key(),
                l.to().kind().name(),
                l.to().key());
    }

    private static LinkEntity toEntity(Link l) {
        LinkEntity e = new LinkEntity();
        e.id = linkId(l);
        e.type = l.type().name();
        e.fromKind = l.from().kind().name();
        e.fromKey = l.from().key();
        e.toKind = l.to().kind().name();
        e.toKey = l.to().key();
        e.resolved = l.resolved();
        return e;
    }
}
