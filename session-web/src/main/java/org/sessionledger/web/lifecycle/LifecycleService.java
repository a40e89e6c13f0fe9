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
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.fs.write.HandoffWriter;
import org.sessionledger.fs.write.SessionWriter;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.index.audit.AuditLog;
import org.sessionledger.index.audit.AuditRecord;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Carries out lifecycle actions on the files in an actor's name: the writer edits the session log, the audit trail
 * records the write, and the index takes the change at once (the watcher would too, a moment later).
 */
@ApplicationScoped
public class LifecycleService {

    private final FsSettings settings;
    private final SessionWriter writer;
    private final HandoffWriter handoffs;
    private final WorkspaceService workspace;
    private final IndexingService indexing;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    LifecycleService(FsSettings settings, WorkspaceService workspace, IndexingService indexing, AuditLog audit) {
        this.settings = settings;
        this.writer = new SessionWriter(settings);
        this.handoffs = new HandoffWriter(writer);
        this.workspace = workspace;
        this.indexing = indexing;
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
        return audited(() -> writer.appendEntry(dir, actor, text, expectedHash, now()), actor, "log", text);
    }

    public WriteResult note(String id, ArtifactCategory category, String topic, String content, String actor) {
        Path dir = directory(id);
        return audited(
                () -> writer.createArtifact(dir, category, topic, content, actor, now()), actor, "artifact", topic);
    }

    public WriteResult handoff(String id, String to, String note, String actor, Optional<String> expectedHash) {
        Path dir = directory(id);
        return audited(
                () -> handoffs.handoff(dir, actor, to, note, expectedHash, now()),
                actor,
                "handoff",
                "to " + to + ": " + note);
    }

    /** The SHA-256 of a session's log as it is now (what a form sends back as the version it read). */
    public String currentHash(String id) {
        return io(() -> AtomicFiles.hash(directory(id).resolve("session_log.md")));
    }

    private Path directory(String id) {
        return workspace
                .session(id)
                .map(s -> settings.root().resolve(s.directory()))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /**
     * The write and its audit row in one transaction that is opened before the write: a write that could not be
     * audited is refused (503) before the files change. Then the index takes the change.
     */
    private WriteResult audited(Io<WriteResult> write, String actor, String action, String detail) {
        WriteResult result = audit.recordWrite(() -> io(write), r -> auditRecord(r, actor, action, detail));
        List<Path> changed = new ArrayList<>(result.created());
        changed.add(result.log());
        indexing.apply(changed);
        return result;
    }

    private AuditRecord auditRecord(WriteResult result, String actor, String action, String detail) {
        String file = settings.root().relativize(result.log()).toString().replace('\\', '/');
        return new AuditRecord(
                0, now(), actor, action, result.sessionId(), file, result.beforeHash(), result.afterHash(), detail);
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
