package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises writers of one session: a lock per session inside this process, and an OS file lock on
 * {@code .session_log.lock} in the session directory against other processes (the CLI, another app instance).
 * Agents take neither; the log writer is built for that ({@link LogFile}).
 */
final class SessionLock implements AutoCloseable {

    static final String LOCK_FILE = ".session_log.lock";

    private static final Map<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock fileLock;

    private SessionLock(ReentrantLock local, FileChannel channel, FileLock fileLock) {
        this.local = local;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread holds the session, in this process and across processes. */
    static SessionLock acquire(SafeDirectory sessionDir) throws IOException {
        Path key = sessionDir.path().toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = sessionDir.channel(LOCK_FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new SessionLock(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
