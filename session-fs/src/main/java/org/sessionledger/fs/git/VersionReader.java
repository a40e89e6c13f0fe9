package org.sessionledger.fs.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.scan.WorkspaceScanner;

/**
 * Reads a session log as of a commit, with the same reader as the live files: the bytes go to a throw-away session
 * folder of their own (never into the work tree), which is read and deleted.
 */
public final class VersionReader {

    private VersionReader() {}

    /** The session a version of its log describes; {@code directory} is the session's folder, workspace-relative. */
    public static Session read(String directory, byte[] log, FsSettings like) throws IOException {
        Path root = Files.createTempDirectory("ledger-version-");
        try {
            Path dir = root.resolve(directory);
            Files.createDirectories(dir);
            Files.write(dir.resolve(SessionLayout.SESSION_LOG), log);
            FsSettings settings = new FsSettings(root, like.maxFileBytes(), like.maxDepth(), like.extraRoots());
            return new WorkspaceScanner(settings).readSession(dir).session();
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
