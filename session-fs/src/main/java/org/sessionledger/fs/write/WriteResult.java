package org.sessionledger.fs.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write did.
 *
 * @param sessionDir the session directory
 * @param sessionId the session's id (directory name)
 * @param log the session log
 * @param beforeHash the log's SHA-256 before the write (empty when it was created)
 * @param afterHash the log's SHA-256 after the write
 * @param created files created besides the log (artifacts, scaffold)
 */
public record WriteResult(
        Path sessionDir, String sessionId, Path log, String beforeHash, String afterHash, List<Path> created) {

    public WriteResult {
        created = List.copyOf(created);
    }
}
