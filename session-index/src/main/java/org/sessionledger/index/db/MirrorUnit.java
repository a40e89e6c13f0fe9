package org.sessionledger.index.db;

import java.util.List;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/** What to write to the mirror for one indexing unit (a session directory or a task file). */
public sealed interface MirrorUnit {

    /** {@code session:<dir>} or {@code task:<path>}. */
    String key();

    /** The unit's files as read (none for a removed unit). */
    List<FileState> files();

    /** A file of the unit as it was read: its stamp and content hash. */
    record FileState(String path, long size, long modifiedMillis, String hash) {}

    record SessionUnit(String key, Session session, List<Diagnostic> diagnostics, List<FileState> files)
            implements MirrorUnit {}

    record TaskUnit(String key, Task task, List<Diagnostic> diagnostics, List<FileState> files) implements MirrorUnit {}

    /** A task file that exists but could not be read: only its diagnostics and state are kept. */
    record UnreadableUnit(String key, List<Diagnostic> diagnostics, List<FileState> files) implements MirrorUnit {}

    record Removed(String key) implements MirrorUnit {
        @Override
        public List<FileState> files() {
            return List.of();
        }
    }
}
