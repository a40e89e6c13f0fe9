package org.sessionledger.web.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;

/** Everything the session page shows, ready for the template and the JSON API. */
public record SessionDetail(
        SessionRow summary,
        List<String> tags,
        Map<String, String> extra,
        List<EntryView> entries,
        Map<String, List<Artifact>> artifactsByCategory,
        int scaffoldFiles,
        List<TaskView> tasks,
        List<Diagnostic> diagnostics) {

    /** A log entry with its time as written. */
    public record EntryView(int line, String time, String actor, String kind, String text, List<String> mentions) {
        /** The kind for people: {@code artifact created}. */
        public String kindLabel() {
            return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        static EntryView of(LogEntry e) {
            return new EntryView(e.line(), e.time().text(), e.actor(), e.kind().name(), e.text(), e.mentions());
        }
    }

    /** A related task: resolved when a task file defines it. */
    public record TaskView(String id, String title, String status, int done, int total, boolean resolved) {
        static TaskView of(String id, Optional<Task> task) {
            return task.map(t -> new TaskView(
                            t.id(),
                            t.title(),
                            t.statusText(),
                            t.checklist().done(),
                            t.checklist().total(),
                            true))
                    .orElseGet(() -> new TaskView(id, "", "", 0, 0, false));
        }
    }

    public static SessionDetail of(Session s, WorkspaceScan scan) {
        List<Diagnostic> diagnostics = scan.diagnosticsUnder(s.directory());
        Map<String, List<Artifact>> byCategory = new TreeMap<>();
        for (Artifact a : s.contentArtifacts()) {
            byCategory
                    .computeIfAbsent(a.category().folder(), k -> new java.util.ArrayList<>())
                    .add(a);
        }
        return new SessionDetail(
                SessionRow.of(s, diagnostics.size()),
                s.tags(),
                s.extra(),
                s.entries().stream().map(EntryView::of).toList(),
                byCategory,
                s.artifacts().size() - s.contentArtifacts().size(),
                s.relatedTasks().stream()
                        .map(id -> TaskView.of(id, scan.task(id)))
                        .toList(),
                diagnostics);
    }
}
