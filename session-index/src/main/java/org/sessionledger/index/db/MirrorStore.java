package org.sessionledger.index.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The PostgreSQL mirror: replaces the rows of indexing units in one transaction per batch, keeps the file states
 * that let a restart skip unchanged files, and gives the mirrored sessions and tasks back.
 */
@ApplicationScoped
public class MirrorStore implements Mirror {

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

    MirrorStore(EntityManager em, LinkRepository links, DiagnosticRepository diagnostics) {
        this.em = em;
        this.links = links;
        this.diagnostics = diagnostics;
    }

    @Override
    @Transactional
    public void write(List<MirrorUnit> batch) {
        List<String> keys = batch.stream().map(MirrorUnit::key).toList();
        for (String table : UNIT_TABLES) {
            em.createQuery("delete from " + table + " where unit in :units")
                    .setParameter("units", keys)
                    .executeUpdate();
        }
        MirrorRows rows = new MirrorRows();
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
    }

    @Override
    @Transactional
    public void recordFiles(List<MirrorUnit> committed) {
        MirrorRows rows = new MirrorRows();
        committed.forEach(unit -> unit.files().forEach(f -> rows.file(unit.key(), f)));
        send(rows);
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

    @Override
    @Transactional
    public void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {
        List<String> ids = removed.stream().map(MirrorStore::linkId).toList();
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            links.delete("id in ?1", ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)));
        }
        diagnostics.delete("unit", LINKS_UNIT);
        MirrorRows rows = new MirrorRows();
        rows.links(added.stream().map(MirrorStore::toEntity).toList());
        rows.diagnostics(diagnosticRows(LINKS_UNIT, linkDiagnostics));
        send(rows);
    }

    @Override
    @Transactional
    public void clear() {
        for (String table : UNIT_TABLES) {
            em.createQuery("delete from " + table).executeUpdate();
        }
        links.deleteAll();
        diagnostics.deleteAll();
    }

    @Override
    @Transactional
    public Map<String, Map<String, FileStateEntity>> fileStates() {
        Map<String, Map<String, FileStateEntity>> byUnit = new HashMap<>();
        readOnly("from FileStateEntity", FileStateEntity.class)
                .forEach(f ->
                        byUnit.computeIfAbsent(f.unit, k -> new HashMap<>()).put(f.path, f));
        return byUnit;
    }

    @Override
    @Transactional
    public Map<String, Session> sessions() {
        Map<String, List<EntryEntity>> entriesByUnit = entriesByUnit("session:%");
        Map<String, List<ArtifactEntity>> artifactsByUnit =
                readOnly("from ArtifactEntity", ArtifactEntity.class).collect(Collectors.groupingBy(a -> a.unit));
        Map<String, Session> out = new HashMap<>();
        readOnly("from SessionEntity", SessionEntity.class)
                .forEach(s -> out.put(
                        s.unit,
                        SessionEntityMapper.toSession(
                                s,
                                entriesByUnit.getOrDefault(s.unit, List.of()),
                                artifactsByUnit.getOrDefault(s.unit, List.of()))));
        return out;
    }

    @Override
    @Transactional
    public Map<String, Task> tasks() {
        Map<String, List<EntryEntity>> entriesByUnit = entriesByUnit("task:%");
        Map<String, Task> out = new HashMap<>();
        readOnly("from TaskEntity", TaskEntity.class)
                .forEach(t ->
                        out.put(t.unit, TaskEntityMapper.toTask(t, entriesByUnit.getOrDefault(t.unit, List.of()))));
        return out;
    }

    @Override
    @Transactional
    public Map<String, List<Diagnostic>> diagnostics() {
        return readOnly("from DiagnosticEntity", DiagnosticEntity.class)
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

    @Override
    @Transactional
    public List<Link> links() {
        return readOnly("from LinkEntity", LinkEntity.class)
                .map(l -> new Link(
                        LinkType.valueOf(l.type),
                        new NodeRef(NodeKind.valueOf(l.fromKind), l.fromKey),
                        new NodeRef(NodeKind.valueOf(l.toKind), l.toKey),
                        l.resolved))
                .toList();
    }

    private Map<String, List<EntryEntity>> entriesByUnit(String unitPattern) {
        return em.createQuery("from EntryEntity where unit like :units order by unit, seq", EntryEntity.class)
                .setParameter("units", unitPattern)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .collect(Collectors.groupingBy(e -> e.unit));
    }

    /** Entities loaded for reading only: no snapshots kept, nothing to check at commit. */
    private <T> java.util.stream.Stream<T> readOnly(String query, Class<T> type) {
        return em.createQuery(query, type)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
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
