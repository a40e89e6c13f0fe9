package org.sessionledger.fs.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Mentions;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.fs.session.Links;

/**
 * Turns the references written in sessions and tasks into typed links, marking which resolve, and reports the
 * dangling task references of sessions and tasks.
 */
public final class LinkResolver {

    private final Workspace workspace;
    private final Map<String, Task> tasksById = new HashMap<>();
    private final Map<String, Task> tasksByPath = new HashMap<>();
    /** Tasks by the name of their file without {@code .md} (which may be longer than their id). */
    private final Map<String, Task> tasksByStem = new HashMap<>();

    private final java.util.Set<String> sessionIds = new java.util.HashSet<>();

    /** The links found and the diagnostics of dangling task references. */
    public record Resolved(List<Link> links, List<Diagnostic> diagnostics) {}

    /** What one session or task contributes. */
    private record Found(List<Link> links, List<Diagnostic> diagnostics) {
        Found() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** A shorter id that a longer name starts with has at least this many characters ({@code TASK-A-1}). */
    private static final int MIN_ID_PREFIX = 8;

    private final PathCache paths;
    private boolean parallel = true;

    public LinkResolver(Workspace workspace) {
        this(workspace, new PathCache());
    }

    /** A resolver that answers file-existence questions from a cache kept by the caller. */
    public LinkResolver(Workspace workspace, PathCache paths) {
        this.workspace = workspace;
        this.paths = paths;
    }

    /** Resolves on the calling thread only (for work in the background that must not take every core). */
    public LinkResolver sequential() {
        parallel = false;
        return this;
    }

    public Resolved resolve(List<Session> sessions, List<Task> tasks) {
        return resolve(sessions, tasks, true);
    }

    /**
     * The links of the given sessions only, their task references looked up among {@code allTasks} (whose own links
     * are not resolved): what changes when only these sessions' text changed.
     */
    public Resolved resolveSessions(List<Session> sessions, List<Task> allTasks) {
        return resolve(sessions, allTasks, false);
    }

    private Resolved resolve(List<Session> sessions, List<Task> tasks, boolean withTaskLinks) {
        for (Task task : tasks) {
            tasksById.putIfAbsent(task.id(), task);
            tasksByPath.putIfAbsent(task.path(), task);
            tasksByStem.putIfAbsent(stem(task.path()), task);
        }
        sessions.forEach(session -> sessionIds.add(session.id().value()));
        // each session and task resolves on its own (the file cache is shared and thread-safe); order is kept
        List<Found> found = new ArrayList<>((parallel ? sessions.parallelStream() : sessions.stream())
                .map(this::sessionLinks)
                .toList());
        if (withTaskLinks) {
            found.addAll((parallel ? tasks.parallelStream() : tasks.stream())
                    .map(this::taskLinks)
                    .toList());
        }
        List<Link> links = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Found f : found) {
            links.addAll(f.links());
            diagnostics.addAll(f.diagnostics());
        }
        return new Resolved(List.copyOf(links), List.copyOf(diagnostics));
    }

    private Found sessionLinks(Session session) {
        Found found = new Found();
        List<Link> links = found.links();
        NodeRef from = NodeRef.session(session.id().value());
        Path dir = workspace.root().resolve(session.directory());
        String logFile = session.directory() + "/session_log.md";
        for (String ref : session.relatedTasks()) {
            Optional<Task> task = task(dir, ref);
            links.add(new Link(
                    LinkType.RELATED_TASK, from, NodeRef.task(task.map(Task::id).orElse(ref)), task.isPresent()));
            if (task.isEmpty()) {
                found.diagnostics()
                        .add(Diagnostic.warning(
                                logFile,
                                0,
                                DiagnosticKind.DANGLING_TASK,
                                "related_tasks names '" + ref + "', which no task file defines."));
            }
        }
        for (String ref : session.relatedArtifacts()) {
            Optional<String> path = file(dir, ref);
            links.add(new Link(LinkType.RELATED_ARTIFACT, from, NodeRef.artifact(path.orElse(ref)), path.isPresent()));
        }
        for (LogEntry entry : session.entries()) {
            mentionLinks(links, from, dir, entry);
        }
        return found;
    }

    private void mentionLinks(List<Link> links, NodeRef from, Path base, LogEntry entry) {
        for (String mention : entry.mentions()) {
            if (Mentions.isTaskId(mention)) {
                Optional<Task> task = taskByName(mention);
                links.add(new Link(
                        LinkType.LOG_MENTION,
                        from,
                        NodeRef.task(task.map(Task::id).orElse(mention)),
                        task.isPresent()));
            } else {
                file(base, mention)
                        .ifPresent(
                                path -> links.add(new Link(LinkType.LOG_MENTION, from, NodeRef.artifact(path), true)));
            }
        }
    }

    private Found taskLinks(Task task) {
        Found found = new Found();
        NodeRef from = NodeRef.task(task.id());
        Path dir = workspace.root().resolve(task.path()).getParent();
        task.parent().ifPresent(ref -> {
            if (isSession(ref)) { // parent_task naming the task's session
                found.links()
                        .add(new Link(LinkType.TASK_SESSION, from, NodeRef.session(ref), sessionIds.contains(ref)));
            } else {
                taskLink(found, LinkType.PARENT_TASK, from, dir, ref, task.path());
            }
        });
        for (String ref : task.dependsOn()) {
            TaskReference.of(ref)
                    .ifPresent(clean -> taskLink(found, LinkType.DEPENDS_ON, from, dir, clean, task.path()));
        }
        task.inputArtifacts().forEach(ref -> fileLink(found, LinkType.INPUT_ARTIFACT, from, dir, ref));
        task.outputArtifacts().forEach(ref -> fileLink(found, LinkType.OUTPUT_ARTIFACT, from, dir, ref));
        task.relatedDocs().forEach(ref -> fileLink(found, LinkType.RELATED_DOC, from, dir, ref));
        task.sessionId()
                .ifPresent(id -> found.links().add(new Link(LinkType.TASK_SESSION, from, NodeRef.session(id), true)));
        task.entries().forEach(entry -> mentionLinks(found.links(), from, dir, entry));
        return found;
    }

    private void taskLink(Found found, LinkType type, NodeRef from, Path dir, String ref, String file) {
        Optional<Task> target = task(dir, ref);
        found.links().add(new Link(type, from, NodeRef.task(target.map(Task::id).orElse(ref)), target.isPresent()));
        if (target.isEmpty()) {
            found.diagnostics()
                    .add(Diagnostic.warning(
                            file,
                            0,
                            DiagnosticKind.DANGLING_TASK,
                            type.name().toLowerCase(java.util.Locale.ROOT) + " names '" + ref
                                    + "', which no task file defines."));
        }
    }

    private void fileLink(Found found, LinkType type, NodeRef from, Path dir, String ref) {
        Optional<String> path = file(dir, ref);
        found.links()
                .add(new Link(type, from, NodeRef.artifact(path.orElse(Links.stripSuffix(ref))), path.isPresent()));
    }

    /** A task by id, by a path to its file, or by a file name ({@link #taskByName}). */
    private Optional<Task> task(Path base, String ref) {
        String clean = Links.stripSuffix(ref);
        if (tasksById.containsKey(clean)) {
            return Optional.of(tasksById.get(clean));
        }
        Optional<Task> byPath = file(base, clean).map(tasksByPath::get);
        return byPath.isPresent() ? byPath : taskByName(clean);
    }

    /**
     * A task by the last part of a reference, {@code .md} dropped: its id, the name of its file, or the longest id
     * that the name starts with followed by {@code -} or {@code _} (a file {@code TASK-DEVPY-20250602-154200-Fix.md}
     * whose {@code id} is {@code TASK-DEVPY-20250602-154200}; a path to it that moved).
     */
    private Optional<Task> taskByName(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Task found = tasksById.get(id);
        if (found == null) {
            found = tasksByStem.get(id);
        }
        for (int cut = id.length() - 1; found == null && cut >= MIN_ID_PREFIX; cut--) {
            char c = id.charAt(cut);
            if ((c == '-' || c == '_') && hasDigit(id, cut)) {
                found = tasksById.get(id.substring(0, cut));
                if (found == null) {
                    found = tasksByStem.get(id.substring(0, cut));
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean hasDigit(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reference names a session: a session of the workspace, or an id in the session naming pattern. */
    private boolean isSession(String ref) {
        return sessionIds.contains(ref) || ref.startsWith("SESSION-") || ref.startsWith("SESS-");
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private Optional<String> file(Path base, String ref) {
        return Links.resolveFile(workspace, base, ref, paths).map(workspace::relative);
    }
}
