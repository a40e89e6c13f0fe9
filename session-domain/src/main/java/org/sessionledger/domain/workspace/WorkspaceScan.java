package org.sessionledger.domain.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/** What one scan of a workspace found; immutable, with sessions and tasks indexed by id for lookups. */
public final class WorkspaceScan {

    private final List<Session> sessions;
    private final List<Task> tasks;
    private final List<Link> links;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Session> sessionsById = new HashMap<>();
    private final Map<String, Task> tasksById = new HashMap<>();

    public WorkspaceScan(List<Session> sessions, List<Task> tasks, List<Link> links, List<Diagnostic> diagnostics) {
        this.sessions = List.copyOf(sessions);
        this.tasks = List.copyOf(tasks);
        this.links = List.copyOf(links);
        this.diagnostics = List.copyOf(diagnostics);
        this.sessions.forEach(s -> sessionsById.putIfAbsent(s.id().value(), s));
        this.tasks.forEach(t -> tasksById.putIfAbsent(t.id(), t));
    }

    public List<Session> sessions() {
        return sessions;
    }

    public List<Task> tasks() {
        return tasks;
    }

    public List<Link> links() {
        return links;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Optional<Session> session(String id) {
        return Optional.ofNullable(sessionsById.get(id));
    }

    /** The task with this id (the first in path order when several files declare it). */
    public Optional<Task> task(String id) {
        return Optional.ofNullable(tasksById.get(id));
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

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkspaceScan scan
                && sessions.equals(scan.sessions)
                && tasks.equals(scan.tasks)
                && links.equals(scan.links)
                && diagnostics.equals(scan.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessions, tasks, links, diagnostics);
    }

    @Override
    public String toString() {
        return "WorkspaceScan[" + sessions.size() + " sessions, " + tasks.size() + " tasks, " + links.size()
                + " links, " + diagnostics.size() + " diagnostics]";
    }
}
