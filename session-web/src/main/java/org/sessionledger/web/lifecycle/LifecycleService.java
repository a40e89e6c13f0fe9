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
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.fs.write.HandoffWriter;
import org.sessionledger.fs.write.SessionWriter;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.index.audit.AuditLog;
import org.sessionledger.index.audit.AuditRecord;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Carries out lifecycle actions on the files in an actor's name: the writer edits the session log, the audit trail
 * records the write, and the index follows without the writer waiting for it ({@link IndexFollower}).
 */
@ApplicationScoped
public class LifecycleService {

    private final FsSettings settings;
    private final SessionWriter writer;
    private final HandoffWriter handoffs;
    private final WorkspaceService workspace;
    private final IndexFollower follower;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final HandoffTargets targets;

    LifecycleService(
            FsSettings settings,
            WorkspaceService workspace,
            IndexFollower follower,
            AuditLog audit,
            HandoffTargets targets) {
        this.targets = targets;
        this.settings = settings;
        this.writer = new SessionWriter(settings);
        this.handoffs = new HandoffWriter(writer);
        this.workspace = workspace;
        this.follower = follower;
        this.audit = audit;
    }

    public WriteResult start(String goal, String coordinator, String actor) {
        return audited(() -> writer.initiate(goal, coordinator, actor, now()), actor, "start", goal);
    }

    public WriteResult transition(
            String id, Transition transition, String actor, String reason, Optional<String> expectedHash) {
        Path dir = directory(id);
        return audited(
                () -> writer.transition(dir, transition, actor, reason, expectedHash, now()),
                actor,
                transition.name().toLowerCase(java.util.Locale.ROOT),
                reason);
    }

    public WriteResult log(String id, String text, String actor, Optional<String> expectedHash) {
        Path dir = directory(id);
        targets.requireOpen(id);
        return audited(() -> writer.appendEntry(dir, actor, text, expectedHash, now()), actor, "log", text);
    }

    public WriteResult note(String id, ArtifactCategory category, String topic, String content, String actor) {
        Path dir = directory(id);
        targets.requireOpen(id);
        return audited(
                () -> writer.createArtifact(dir, category, topic, content, actor, now()), actor, "artifact", topic);
    }

    public WriteResult handoff(String id, String to, String note, String actor, Optional<String> expectedHash) {
        Path dir = directory(id);
        targets.requireWriter(to);
        WriteResult result = audited(
                () -> handoffs.handoff(dir, actor, to, note, expectedHash, now()),
                actor,
                "handoff",
                "to " + to + ": " + note);
        targets.notify(to, result.sessionId(), actor, note);
        return result;
    }

    /** The SHA-256 of a session's log as it is now (what a form sends back as the version it read). */
    public String currentHash(String id) {
        return io(() -> AtomicFiles.hash(directory(id).resolve("session_log.md")));
    }

    private Path directory(String id) {
        return workspace
                .session(id)
                .map(s -> settings.root().resolve(s.directory()))
                .or(() -> justCreated(id))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /** A session the app has just created, which the index may not show yet. */
    private Optional<Path> justCreated(String id) {
        if (id == null || !id.matches("SESSION-[A-Za-z0-9_.\\-]+")) {
            return Optional.empty();
        }
        return SessionLayout.SESSION_ROOTS.stream()
                .map(root -> settings.root().resolve(root).resolve(id))
                .filter(SessionReader::isSessionDirectory)
                .findFirst();
    }

    /**
     * The write and its audit row in one transaction that is opened before the write: a write that could not be
     * audited is refused (503) before the files change. Then the index takes the change.
     */
    private WriteResult audited(Io<WriteResult> write, String actor, String action, String detail) {
        WriteResult result = audit.recordWrite(() -> io(write), r -> auditRecord(r, actor, action, detail));
        List<Path> changed = new ArrayList<>(result.created());
        changed.add(result.log());
        follower.follow(changed);
        return result;
    }

    /**
     * Waits (at most {@code timeout}) until the app's writes so far are in the mirrors, so that the page a form
     * redirects to shows them (API writes too, unless they ask for {@code Prefer: respond-async}).
     */
    public void awaitIndexed(java.time.Duration timeout) {
        try {
            follower.flushed().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // shown a moment later (live updates, reload); the write itself is done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AuditRecord auditRecord(WriteResult result, String actor, String action, String detail) {
        String file = settings.root().relativize(result.log()).toString().replace('\\', '/');
        return new AuditRecord(
                0,
                now(),
                actor,
                action,
                result.sessionId(),
                file,
                result.beforeHash(),
                result.afterHash(),
                detail == null ? null : SecretScanner.mask(detail).text());
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
