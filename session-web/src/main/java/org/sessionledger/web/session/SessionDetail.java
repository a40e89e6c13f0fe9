package org.sessionledger.web.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.qute.RawString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.Lifecycle;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.web.markdown.MarkdownRenderer;
import org.sessionledger.web.project.ProjectScope;
import org.sessionledger.web.template.TemplateExtensions;

/** Everything the session page shows, ready for the template and the JSON API. */
public record SessionDetail(
        SessionRow summary,
        List<String> tags,
        Map<String, String> extra,
        List<EntryView> entries,
        Map<String, List<Artifact>> artifactsByCategory,
        int scaffoldFiles,
        List<TaskView> tasks,
        List<Diagnostic> diagnostics,
        List<String> transitions) {

    /** A log entry with its time as written, its text rendered, and links to what it mentions. */
    public record EntryView(
            int line,
            String time,
            String actor,
            String kind,
            String text,
            List<String> mentions,
            @JsonIgnore RawString html,
            List<MentionLink> links,
            @JsonIgnore List<Integer> textLines) {
        /** The kind for people: {@code artifact created}. */
        public String kindLabel() {
            return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        static EntryView of(LogEntry e, MarkdownRenderer markdown, Function<String, Optional<String>> resolve) {
            List<MentionLink> links = e.mentions().stream()
                    .flatMap(m -> resolve.apply(m).map(href -> new MentionLink(m, href)).stream())
                    .toList();
            return new EntryView(
                    e.line(),
                    e.time().text(),
                    e.actor(),
                    e.kind().name(),
                    e.text(),
                    e.mentions(),
                    new RawString(markdown.render(e.text())),
                    links,
                    textLines(e));
        }

        /** The file lines the entry's text covers besides its first: search hits link to them ({@code #L<line>}). */
        private static List<Integer> textLines(LogEntry e) {
            List<Integer> lines = new java.util.ArrayList<>();
            int count = (int) e.text().lines().count();
            for (int line = e.textLine(); line < e.textLine() + count; line++) {
                if (line != e.line()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** A task or file an entry mentions, with its page. */
    public record MentionLink(String label, String href) {}

    /** The page of a mention: a known task id, or a known file relative to the session or the workspace. */
    private static Optional<String> resolve(String mention, Session s, WorkspaceScan scan, Set<String> files) {
        if (scan.task(mention).isPresent()) {
            return Optional.of(ProjectScope.base() + "/tasks/" + TemplateExtensions.segment(mention));
        }
        for (String candidate : List.of(s.directory() + "/" + mention, mention)) {
            String normal = org.sessionledger.fs.read.Workspace.portable(
                    java.nio.file.Path.of(candidate).normalize().toString());
            if (files.contains(normal)) {
                return Optional.of(ProjectScope.base() + "/files/" + TemplateExtensions.path(normal));
            }
        }
        return Optional.empty();
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

    public static SessionDetail of(Session s, WorkspaceScan scan, Set<String> files, MarkdownRenderer markdown) {
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
                s.entries().stream()
                        .map(e -> EntryView.of(e, markdown, m -> resolve(m, s, scan, files)))
                        .toList(),
                byCategory,
                s.artifacts().size() - s.contentArtifacts().size(),
                s.relatedTasks().stream()
                        .map(id -> TaskView.of(id, scan.task(id)))
                        .toList(),
                diagnostics,
                java.util.Arrays.stream(Lifecycle.Transition.values())
                        .filter(t -> Lifecycle.isAllowed(s.status(), t))
                        .map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
    }
}
