package org.sessionledger.web.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.error.ReadOnlyException;
import org.sessionledger.domain.error.UnavailableException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.git.GitConflictException;
import org.sessionledger.fs.git.GitPublisher;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.fs.write.HandoffWriter;
import org.sessionledger.fs.write.SessionWriter;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.index.audit.AuditLog;
import org.sessionledger.index.audit.AuditRecord;
import org.sessionledger.web.project.GitAuthors;
import org.sessionledger.web.project.ProjectRuntime;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Carries out lifecycle actions on the files of the request's project in an actor's name: the writer edits the session
 * log, the audit trail records the write, and the index follows without the writer waiting for it. On a git project
 * the write is also committed (the actor as author) and pushed before it counts ({@link GitPublisher}): a push the
 * remote refuses leaves nothing written.
 */
@ApplicationScoped
public class LifecycleService {

    private final WorkspaceService workspace;
    private final AuditLog audit;
    private final GitAuthors authors;
    private final Clock clock = Clock.systemUTC();
    private final HandoffTargets targets;

    LifecycleService(WorkspaceService workspace, AuditLog audit, GitAuthors authors, HandoffTargets targets) {
        this.targets = targets;
        this.workspace = workspace;
        this.audit = audit;
        this.authors = authors;
    }

    public WriteResult start(String goal, String coordinator, String actor) {
        ProjectRuntime p = writable();
        SessionWriter writer = new SessionWriter(p.settings());
        return audited(
                p,
                new Action(p.settings().sessionRoots(), actor, "start", goal, goal),
                () -> writer.initiate(goal, coordinator, actor, now()));
    }

    public WriteResult transition(
            String id, Transition transition, String actor, String reason, Optional<String> expectedHash) {
        ProjectRuntime p = writable();
        Path dir = directory(p, id);
        String action = transition.name().toLowerCase(java.util.Locale.ROOT);
        return audited(
                p,
                new Action(List.of(relative(p, dir)), actor, action, reason, id),
                () -> new SessionWriter(p.settings()).transition(dir, transition, actor, reason, expectedHash, now()));
    }

    public WriteResult log(String id, String text, String actor, Optional<String> expectedHash) {
        ProjectRuntime p = writable();
        Path dir = directory(p, id);
        targets.requireOpen(id);
        return audited(
                p,
                new Action(List.of(relative(p, dir)), actor, "log", text, id),
                () -> new SessionWriter(p.settings()).appendEntry(dir, actor, text, expectedHash, now()));
    }

    public WriteResult note(String id, ArtifactCategory category, String topic, String content, String actor) {
        ProjectRuntime p = writable();
        Path dir = directory(p, id);
        targets.requireOpen(id);
        return audited(
                p,
                new Action(List.of(relative(p, dir)), actor, "artifact", topic, id),
                () -> new SessionWriter(p.settings()).createArtifact(dir, category, topic, content, actor, now()));
    }

    public WriteResult handoff(String id, String to, String note, String actor, Optional<String> expectedHash) {
        ProjectRuntime p = writable();
        Path dir = directory(p, id);
        targets.requireWriter(to);
        WriteResult result = audited(
                p,
                new Action(List.of(relative(p, dir)), actor, "handoff", "to " + to + ": " + note, id),
                () -> new HandoffWriter(new SessionWriter(p.settings()))
                        .handoff(dir, actor, to, note, expectedHash, now()));
        targets.notify(to, result.sessionId(), actor, note);
        return result;
    }

    /** The SHA-256 of a session's log as it is now (what a form sends back as the version it read). */
    public String currentHash(String id) {
        ProjectRuntime p = workspace.runtime();
        return io(() -> AtomicFiles.hash(directory(p, id).resolve(SessionLayout.SESSION_LOG)));
    }

    /** The root of the request's project. */
    public Path root() {
        return workspace.root();
    }

    /** The request's project, refused when it takes no writes. */
    private ProjectRuntime writable() {
        ProjectRuntime p = workspace.runtime();
        if (p.project().readOnly()) {
            throw new ReadOnlyException("Project " + p.name() + " is read-only: the server has no push access to its"
                    + " repository, so nothing is written here. Change its files through git.");
        }
        return p;
    }

    private Path directory(ProjectRuntime p, String id) {
        return p.session(id)
                .map(s -> p.root().resolve(s.directory()))
                .or(() -> justCreated(p, id))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    private static String relative(ProjectRuntime p, Path dir) {
        return p.root().relativize(dir).toString().replace('\\', '/');
    }

    /** A session the app has just created, which the index may not show yet. */
    private static Optional<Path> justCreated(ProjectRuntime p, String id) {
        if (id == null || !id.matches("SESSION-[A-Za-z0-9_.\\-]+")) {
            return Optional.empty();
        }
        return p.settings().sessionRoots().stream()
                .map(root -> p.root().resolve(root).resolve(id))
                .filter(SessionReader::isSessionDirectory)
                .findFirst();
    }

    /**
     * The write and its audit row in one transaction that is opened before the write: a write that could not be
     * audited is refused (503) before the files change. On a git project the write is pushed within it. Then the
     * index takes the change.
     */
    private WriteResult audited(ProjectRuntime p, Action a, Io<WriteResult> write) {
        List<Path> changed = new ArrayList<>();
        WriteResult result = audit.recordWrite(
                () -> p.git().isPresent() ? pushed(p, a, write, changed) : io(write),
                r -> auditRecord(p, r, a.actor(), a.action(), a.detail()));
        if (p.git().isEmpty()) {
            changed.addAll(result.created());
            changed.add(result.log());
        }
        p.follower().follow(changed);
        return result;
    }

    /** What a write does: the folders it changes, who does what to which session, and why. */
    private record Action(List<String> folders, String actor, String action, String detail, String subject) {

        String message() {
            String why = detail == null || detail.isBlank() || detail.equals(subject) ? "" : ": " + firstLine(detail);
            return action + " " + subject + why + "\n\nWritten through Session Ledger by " + actor + ".\n";
        }
    }

    private WriteResult pushed(ProjectRuntime p, Action a, Io<WriteResult> write, List<Path> changed) {
        try {
            GitPublisher.Published<WriteResult> published = p.git()
                    .get()
                    .publisher()
                    .write(a.folders(), authors.author(a.actor()), authors.committer(), a.message(), write::run);
            p.git().get().written(published);
            published.changed().forEach(path -> changed.add(p.root().resolve(path)));
            return published.value();
        } catch (GitConflictException e) {
            changed.addAll(e.paths().stream().map(p.root()::resolve).toList());
            p.follower().follow(changed); // the files now hold the remote's version
            throw new ConflictException(e.getMessage(), null);
        } catch (IOException e) {
            throw new UnavailableException("The write could not be pushed to the project's repository ("
                    + e.getMessage() + "); nothing was written. Try again shortly.");
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 72 ? line.substring(0, 71) + "…" : line;
    }

    /**
     * Waits (at most {@code timeout}) until the app's writes so far are in the mirrors, so that the page a form
     * redirects to shows them (API writes too, unless they ask for {@code Prefer: respond-async}).
     */
    public void awaitIndexed(java.time.Duration timeout) {
        try {
            workspace
                    .runtime()
                    .follower()
                    .flushed()
                    .get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // shown a moment later (live updates, reload); the write itself is done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AuditRecord auditRecord(ProjectRuntime p, WriteResult result, String actor, String action, String detail) {
        String file = p.root().relativize(result.log()).toString().replace('\\', '/');
        return new AuditRecord(
                0,
                now(),
                actor,
                action,
                result.sessionId(),
                file,
                result.beforeHash(),
                result.afterHash(),
                detail == null ? null : SecretScanner.mask(detail).text(),
                p.name());
    }

    private Instant now() {
        return clock.instant();
    }

    /** I/O that may fail. */
    @FunctionalInterface
    private interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T io(Io<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the session files", e);
        }
    }
}
