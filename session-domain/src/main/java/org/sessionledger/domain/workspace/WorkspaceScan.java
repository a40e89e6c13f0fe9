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

/**
 * What one scan of a workspace found; immutable. Sessions and tasks are indexed by id on the first lookup, not when
 * the scan is made: the indexer makes one after every change, and most are never asked for an id.
 */
public final class WorkspaceScan {

    private final List<Session> sessions;
    private final List<Task> tasks;
    private final List<Link> links;
    private final List<Diagnostic> diagnostics;
    private volatile Map<String, Session> sessionsById;
    private volatile Map<String, Task> tasksById;

    public WorkspaceScan(List<Session> sessions, List<Task> tasks, List<Link> links, List<Diagnostic> diagnostics) {
        this.sessions = List.copyOf(sessions);
        this.tasks = List.copyOf(tasks);
        this.links = List.copyOf(links);
        this.diagnostics = List.copyOf(diagnostics);
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

    /** The session with this id (the first when several declare it). */
    public Optional<Session> session(String id) {
        Map<String, Session> byId = sessionsById;
        if (byId == null) { // built at most a few times over when first asked by several threads at once
            byId = firstById(sessions, s -> s.id().value());
            sessionsById = byId;
        }
        return Optional.ofNullable(byId.get(id));
    }

    /** The task with this id (the first in path order when several files declare it). */
    public Optional<Task> task(String id) {
        Map<String, Task> byId = tasksById;
        if (byId == null) {
            byId = firstById(tasks, Task::id);
            tasksById = byId;
        }
        return Optional.ofNullable(byId.get(id));
    }

    private static <T> Map<String, T> firstById(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
        return byId;
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
