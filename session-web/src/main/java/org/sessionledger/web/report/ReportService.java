package org.sessionledger.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.EntryKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.index.audit.AuditLog;
import org.sessionledger.index.audit.AuditRecord;
import org.sessionledger.web.workspace.WorkspaceService;

/** Builds the session summary and the audit report from the snapshot and the audit table. */
@ApplicationScoped
public class ReportService {

    private static final Set<EntryKind> HIGHLIGHTS =
            EnumSet.of(EntryKind.INITIATED, EntryKind.STATUS_CHANGE, EntryKind.HANDOFF, EntryKind.ARTIFACT_CREATED);
    private static final Pattern DECISION = Pattern.compile("(?i)\\b(decid\\w*|decision|agreed|chose|chosen)\\b");

    private final WorkspaceService workspace;
    private final AuditLog audit;
    private final org.sessionledger.web.reads.ReadLog reads;

    ReportService(WorkspaceService workspace, AuditLog audit, org.sessionledger.web.reads.ReadLog reads) {
        this.workspace = workspace;
        this.audit = audit;
        this.reads = reads;
    }

    public SessionSummary summary(String id) {
        WorkspaceScan scan = workspace.current();
        Session s = scan.session(id).orElseThrow(() -> new NotFoundException("session", id));
        Map<String, List<String>> artifacts = new LinkedHashMap<>();
        for (Artifact a : s.contentArtifacts()) {
            artifacts
                    .computeIfAbsent(a.category().folder(), k -> new ArrayList<>())
                    .add(a.title() + " (" + a.path() + ")");
        }
        return new SessionSummary(
                s.id().value(),
                s.title(),
                s.statusText().isBlank() ? "unknown" : s.statusText(),
                s.coordinator(),
                s.start().text(),
                s.end().text(),
                duration(s),
                lines(s, e -> HIGHLIGHTS.contains(e.kind())),
                lines(s, e -> DECISION.matcher(e.text()).find()),
                lines(s, e -> e.kind() == EntryKind.DELEGATED || e.kind() == EntryKind.RESULT),
                artifacts,
                s.relatedTasks().stream()
                        .map(t -> scan.task(t)
                                .map(task -> new SessionSummary.TaskLine(
                                        task.id(),
                                        task.title(),
                                        task.statusText(),
                                        task.checklist().done(),
                                        task.checklist().total()))
                                .orElse(new SessionSummary.TaskLine(t, "(no task file)", "missing", 0, 0)))
                        .toList(),
                titles(s, ArtifactCategory.QUESTIONS),
                titles(s, ArtifactCategory.BLOCKERS));
    }

    /**
     * Every event between two instants: session log entries (filtered by user as actor, coordinator and session)
     * and writes from the audit table, in time order.
     */
    public List<AuditEvent> audit(Instant from, Instant to, String user, String coordinator, String session) {
        List<Timed> events = new ArrayList<>();
        for (Session s : workspace.current().sessions()) {
            if (!blank(session) && !s.id().value().equals(session)
                    || !blank(coordinator) && !s.coordinator().equals(coordinator)) {
                continue;
            }
            for (LogEntry e : s.entries()) {
                Instant at = e.time().instant().orElse(null);
                if (at == null
                        || at.isBefore(from)
                        || !at.isBefore(to)
                        || !blank(user) && !e.actor().equals(user)) {
                    continue;
                }
                events.add(new Timed(
                        at,
                        new AuditEvent(
                                at.toString(),
                                "log",
                                s.id().value(),
                                e.actor(),
                                e.kind().name().toLowerCase(Locale.ROOT),
                                e.text().lines().findFirst().orElse(""),
                                s.directory() + "/session_log.md#L" + e.line(),
                                "",
                                "")));
            }
        }
        Set<String> coordinated = blank(coordinator)
                ? null
                : new java.util.HashSet<>(workspace.current().sessions().stream()
                        .filter(s -> s.coordinator().equals(coordinator))
                        .map(s -> s.id().value())
                        .toList());
        for (AuditRecord r : audit.between(from, to, user, session)) {
            if (coordinated == null || coordinated.contains(r.sessionId())) {
                events.add(new Timed(
                        r.at(),
                        new AuditEvent(
                                r.at().toString(),
                                "write",
                                r.sessionId(),
                                r.actor(),
                                r.action(),
                                r.detail(),
                                r.file(),
                                r.beforeHash(),
                                r.afterHash())));
            }
        }
        events.addAll(reads(from, to, user, session, coordinated));
        events.sort(Comparator.comparing(Timed::at));
        return events.stream().map(Timed::event).toList();
    }

    /** Who read what, beside the writes (source "read"; a refused attempt's kind ends in " denied"). */
    private List<Timed> reads(Instant from, Instant to, String user, String session, Set<String> coordinated) {
        List<Timed> events = new ArrayList<>();
        var filter = new org.sessionledger.web.reads.ReadLog.Filter(from, to, user, session, "", "");
        for (var r : reads.find(filter, 100_000)) {
            boolean sessionKind = !r.kind().equals("file")
                    && !r.kind().equals("raw")
                    && !r.kind().equals("download");
            String id = sessionKind ? r.target() : "";
            if (coordinated == null || coordinated.contains(id)) {
                String kind = r.kind() + (r.outcome().equals("denied") ? " denied" : "");
                events.add(new Timed(
                        r.at(),
                        new AuditEvent(
                                r.at().toString(),
                                "read",
                                id,
                                r.actor(),
                                kind,
                                r.detail(),
                                sessionKind ? "" : r.target(),
                                "",
                                "")));
            }
        }
        return events;
    }

    private record Timed(Instant at, AuditEvent event) {}

    private static List<SessionSummary.Line> lines(Session s, java.util.function.Predicate<LogEntry> which) {
        return s.entries().stream()
                .filter(which)
                .map(e -> new SessionSummary.Line(
                        e.time().text(),
                        e.actor(),
                        e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        e.text().lines().findFirst().orElse("")))
                .toList();
    }

    private static List<String> titles(Session s, ArtifactCategory category) {
        return s.contentArtifacts().stream()
                .filter(a -> a.category() == category)
                .map(Artifact::title)
                .toList();
    }

    private static String duration(Session s) {
        if (s.start().instant().isEmpty()) {
            return "unknown";
        }
        Instant end = s.end().instant().orElse(Instant.now());
        Duration d = Duration.between(s.start().instant().get(), end);
        if (d.isNegative()) {
            return "unknown";
        }
        long days = d.toDays();
        return (days > 0 ? days + "d " : "") + d.toHoursPart() + "h " + d.toMinutesPart() + "m"
                + (s.end().instant().isEmpty() ? " (still open)" : "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
