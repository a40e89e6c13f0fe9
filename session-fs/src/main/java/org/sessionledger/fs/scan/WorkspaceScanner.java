package org.sessionledger.fs.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.parse.KnownActors;
import org.sessionledger.fs.read.KnownBytes;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.fs.session.Links;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.task.TaskReader;

/**
 * Scans a workspace: every session under every session root, every task file (named {@code TASK-*.md} anywhere, or
 * any Markdown file in a {@code tasks/} folder, or referenced from a session), and the links between them. Problems
 * become diagnostics; a scan never stops on a bad file.
 */
public final class WorkspaceScanner {

    private static final Logger LOG = Logger.getLogger(WorkspaceScanner.class);

    private final FsSettings settings;
    private final Workspace workspace;
    private final SessionReader sessions;
    private final TaskReader tasks;
    private final SessionRoots roots;

    public WorkspaceScanner(FsSettings settings) {
        this.settings = settings;
        this.workspace = new Workspace(settings.root());
        this.roots = new SessionRoots(settings, workspace);
        KnownActors actors = KnownActors.ofWorkspace(settings.root());
        this.sessions = new SessionReader(settings, actors);
        this.tasks = new TaskReader(settings, actors);
    }

    /** What lies where, before anything is read. */
    public record Discovery(List<Path> sessionDirectories, List<Path> taskFiles, List<Diagnostic> diagnostics) {}

    /** Finds session directories and task files without reading them. */
    public Discovery discover() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> dirs = roots.sessionDirectories(diagnostics);
        List<Path> files = taskFiles(diagnostics);
        return new Discovery(dirs, files, diagnostics);
    }

    public WorkspaceScan scan() {
        long started = System.nanoTime();
        Discovery discovery = discover();
        List<Diagnostic> diagnostics = new ArrayList<>(discovery.diagnostics());
        List<Session> foundSessions = new ArrayList<>();
        for (Path dir : discovery.sessionDirectories()) {
            SessionReader.Result result = sessions.read(dir);
            foundSessions.add(result.session());
            diagnostics.addAll(result.diagnostics());
        }
        Set<Path> taskFiles = new LinkedHashSet<>(discovery.taskFiles());
        taskFiles.addAll(referencedTaskFiles(foundSessions));
        List<Task> foundTasks = new ArrayList<>();
        for (Path file : taskFiles) {
            TaskReader.Result result = tasks.read(file);
            result.task().ifPresent(foundTasks::add);
            diagnostics.addAll(result.diagnostics());
        }
        foundSessions.sort(Comparator.comparing(Session::id));
        foundTasks.sort(Comparator.comparing(Task::path));
        LinkResolver.Resolved links = new LinkResolver(workspace).resolve(foundSessions, foundTasks);
        diagnostics.addAll(links.diagnostics());
        LOG.debugf(
                "Scanned %s: %d sessions, %d tasks, %d diagnostics in %d ms",
                settings.root(),
                foundSessions.size(),
                foundTasks.size(),
                diagnostics.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new WorkspaceScan(foundSessions, foundTasks, links.links(), diagnostics);
    }

    public SessionReader.Result readSession(Path dir) {
        return sessions.read(dir);
    }

    /** Reads a session, taking the bytes of files already read from {@code known}. */
    public SessionReader.Result readSession(Path dir, KnownBytes known) {
        return sessions.read(dir, known);
    }

    public TaskReader.Result readTask(Path file) {
        return tasks.read(file);
    }

    /** Links between the given sessions and tasks, with the diagnostics of dangling ones. */
    public LinkResolver.Resolved links(List<Session> allSessions, List<Task> allTasks, PathCache paths) {
        return new LinkResolver(workspace, paths).resolve(allSessions, allTasks);
    }

    /** As {@link #links(List, List, PathCache)}, on the calling thread only (for background work). */
    public LinkResolver.Resolved linksInBackground(List<Session> allSessions, List<Task> allTasks, PathCache paths) {
        return new LinkResolver(workspace, paths).sequential().resolve(allSessions, allTasks);
    }

    /** The links of {@code sessions} only, on the calling thread (see {@link LinkResolver#resolveSessions}). */
    public LinkResolver.Resolved sessionLinksInBackground(
            List<Session> sessions, List<Task> allTasks, PathCache paths) {
        return new LinkResolver(workspace, paths).sequential().resolveSessions(sessions, allTasks);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The session directory (relative) a changed file belongs to, when it lies under a session root. */
    public Optional<String> sessionDirectoryOf(String relativePath) {
        return roots.sessionDirectoryOf(relativePath);
    }

    private List<Path> taskFiles(List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(settings.root(), Set.of(), settings.maxDepth(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(settings.root())) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (SessionLayout.isPruned(name) || roots.isRoot(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (SessionLayout.isSessionFolderName(name) && SessionReader.isSessionDirectory(dir)) {
                        diagnostics.add(roots.stray(dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isTaskFile(file) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.error(
                            workspace.relative(file), 0, DiagnosticKind.UNREADABLE, "Cannot read this path."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("", 0, DiagnosticKind.UNREADABLE, "Cannot walk the workspace."));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** Whether a file is a task file by name or by location. */
    public boolean isTaskFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) {
            return false;
        }
        if (SessionLayout.isTaskFileName(name)) {
            return true;
        }
        if (name.equalsIgnoreCase(SessionLayout.README)) {
            return false;
        }
        for (Path part : settings.root().relativize(file.toAbsolutePath().normalize())) {
            if (part.toString().equals(SessionLayout.TASKS_FOLDER)) {
                return true;
            }
        }
        return false;
    }

    /** Task files that sessions name in related_tasks or related_artifacts. */
    public List<Path> referencedTaskFiles(List<Session> found) {
        List<Path> files = new ArrayList<>();
        for (Session session : found) {
            addTaskFiles(session, session.relatedTasks(), files);
            addTaskFiles(session, session.relatedArtifacts(), files);
        }
        return files;
    }

    /** Most references are task ids or artifacts: the session folder is resolved only for a task file name. */
    private void addTaskFiles(Session session, List<String> references, List<Path> files) {
        for (String ref : references) {
            if (ref.endsWith(".md") && SessionLayout.isTaskFileName(fileName(ref))) {
                Links.resolveFile(workspace, settings.root().resolve(session.directory()), ref)
                        .ifPresent(files::add);
            }
        }
    }

    private static String fileName(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }
}
