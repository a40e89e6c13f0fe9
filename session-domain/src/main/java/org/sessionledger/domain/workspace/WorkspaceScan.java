package org.sessionledger.domain.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/** What one scan of a workspace found. */
public record WorkspaceScan(List<Session> sessions, List<Task> tasks, List<Link> links, List<Diagnostic> diagnostics) {

    public WorkspaceScan {
        sessions = List.copyOf(sessions);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Session> session(String id) {
        return sessions.stream().filter(s -> s.id().value().equals(id)).findFirst();
    }

    public Optional<Task> task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Diagnostics for files under a directory (or that file itself). */
    public List<Diagnostic> diagnosticsUnder(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return diagnostics.stream()
                .filter(d -> d.file().equals(directory) || d.file().startsWith(prefix))
                .toList();
    }

    /** Diagnostic counts by kind, for reports and the conformance test. */
    public Map<DiagnosticKind, Long> diagnosticCounts() {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::kind, Collectors.counting()));
    }

    /** Tasks by id (the first of duplicates wins). */
    public Map<String, Task> tasksById() {
        return tasks.stream().collect(Collectors.toMap(Task::id, Function.identity(), (a, b) -> a));
    }
}
