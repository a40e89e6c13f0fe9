package org.sessionledger.web.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code <data-dir>/.lock}, held by the running app for as long as it runs (the OS releases it
 * when the process ends, however it ends), with the holder's pid in the file. A second app on the same data directory
 * is stopped before it touches the index or the embedded database.
 */
public final class DataDirectoryLock {

    /** Another instance holds the lock; the message says which and what to do. */
    public static final class HeldException extends Exception {

        private static final long serialVersionUID = 1L;

        HeldException(String message) {
            super(message, null, false, false);
        }
    }

    /** The lock of this process, held (and kept reachable: a collected channel would release it) until it exits. */
    private static FileLock held;

    private DataDirectoryLock() {}

    /** Takes the lock on {@code dataDirectory} for the rest of the process's life. */
    public static synchronized void acquire(Path dataDirectory) throws IOException, HeldException {
        Files.createDirectories(dataDirectory);
        Path file = dataDirectory.resolve(".lock");
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already
        }
        if (lock == null) {
            String pid = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
            channel.close();
            throw new HeldException("Another Session Ledger instance is using "
                    + dataDirectory.toAbsolutePath().normalize() + " (pid "
                    + (pid.matches("\\d+") ? pid : "unknown")
                    + "); stop it or choose another with --data-dir/-Dsessions.app.data-dir=…");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        held = lock;
    }
}
