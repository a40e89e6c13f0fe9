package org.sessionledger.index.snapshot;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the files of this package atomically: a temporary file beside the target, then a rename. */
final class SnapshotFile {

    /** What writes a file's contents, with a codec of its own. */
    interface Contents {
        void write(SnapshotCodec codec, DataOutputStream out) throws IOException;
    }

    private SnapshotFile() {}

    static void write(Path file, Contents contents) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            contents.write(new SnapshotCodec(), out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
