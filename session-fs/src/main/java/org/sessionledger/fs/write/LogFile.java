package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.sessionledger.domain.error.ReadOnlyException;
import org.sessionledger.fs.layout.SessionLayout;

/**
 * A session log changed beside agents that append to it without taking any lock (ADR 0005). Entries are appended in
 * place with one {@code write} on a file opened with {@code O_APPEND}. Front matter is changed in place, on the same
 * inode, when the edit keeps its length; only when it must grow is the file rewritten and renamed over the log, after
 * re-checking that the log is still the one read, carrying over what was appended meanwhile, and copying what reached
 * the old inode after the last check.
 */
final class LogFile {

    static final String NAME = SessionLayout.SESSION_LOG;

    /** How often a rewrite re-checks a log that keeps growing before it gives up. */
    private static final int CATCH_UP_ROUNDS = 1000;

    private final SafeDirectory dir;

    LogFile(SafeDirectory dir) {
        this.dir = dir;
    }

    /** The log as read: its bytes and the file (inode) they came from. */
    record Version(byte[] bytes, Object fileKey) {
        String hash() {
            return AtomicFiles.hash(bytes);
        }

        int size() {
            return bytes.length;
        }
    }

    /** Reads the whole log; refuses a log that is a link or not a regular file. */
    Version read() throws IOException {
        BasicFileAttributes attributes = regular();
        try (FileChannel channel = dir.channel(NAME, StandardOpenOption.READ)) {
            return new Version(Channels.newInputStream(channel).readAllBytes(), attributes.fileKey());
        }
    }

    private BasicFileAttributes regular() throws IOException {
        BasicFileAttributes attributes = dir.attributes(NAME).orElseThrow(() -> new NoSuchFileException(NAME));
        if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
            throw new ReadOnlyException("The session log is a symbolic link or not a regular file: Session Ledger "
                    + "does not write through links, so this session is read-only here.");
        }
        return attributes;
    }

    /**
     * Appends {@code entry} (one or more whole lines) in one write, after a line break when the log does not end with
     * one; the bytes are flushed to disk before this returns.
     */
    void append(byte[] entry, String newline) throws IOException {
        regular();
        byte[] bytes = entry;
        try (FileChannel reader = dir.channel(NAME, StandardOpenOption.READ)) {
            long size = reader.size();
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                reader.read(last, size - 1);
                if (last.get(0) != '\n') {
                    bytes = concat(newline.getBytes(StandardCharsets.US_ASCII), entry);
                }
            }
        }
        try (FileChannel channel = dir.channel(NAME, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(channel, ByteBuffer.wrap(bytes), -1);
            channel.force(false);
        }
    }

    /**
     * Overwrites the bytes from {@code offset} on with {@code head} (of the same length as what it replaces), in place,
     * when they are still those of {@code read}; false when the log was replaced or its head changed meanwhile (the
     * caller reads it again).
     */
    boolean overwriteHead(Version read, int offset, byte[] head) throws IOException {
        try (FileChannel channel = dir.channel(NAME, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            int end = offset + head.length;
            if (!Objects.equals(regular().fileKey(), read.fileKey()) || channel.size() < end) {
                return false;
            }
            ByteBuffer current = ByteBuffer.allocate(end);
            while (current.hasRemaining() && channel.read(current, current.position()) > 0) {
                // read the head as it is now
            }
            if (!Arrays.equals(current.array(), 0, end, read.bytes(), 0, end)) {
                return false;
            }
            writeFully(channel, ByteBuffer.wrap(head), offset);
            channel.force(false);
            return true;
        }
    }

    /**
     * Replaces the bytes from {@code offset} to {@code oldEnd} by {@code newHead} through a new file renamed over the log. Bytes
     * appended to the log while the new file is written are carried over; the log is re-checked (inode, size, hash)
     * just before the rename, and what reached the old inode after that check is copied behind the rename. False
     * when the log was replaced or rewritten meanwhile (the caller reads it again).
     */
    boolean replaceHead(Version read, int offset, int oldEnd, byte[] newHead) throws IOException {
        String temp = "." + NAME + "." + UUID.randomUUID() + ".tmp";
        try (FileChannel old = dir.channel(NAME, StandardOpenOption.READ)) {
            if (!Objects.equals(regular().fileKey(), read.fileKey())) {
                return false;
            }
            MessageDigest copied = AtomicFiles.sha256();
            copied.update(read.bytes());
            long size = read.size();
            try (FileChannel out = dir.channel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeFully(out, ByteBuffer.wrap(read.bytes(), 0, offset), -1);
                writeFully(out, ByteBuffer.wrap(newHead), -1);
                writeFully(out, ByteBuffer.wrap(read.bytes(), oldEnd, read.size() - oldEnd), -1);
                dir.copyOwnership(NAME, temp);
                size = catchUp(read.fileKey(), old, out, size, copied);
                if (size < 0) {
                    return false;
                }
                out.force(true);
            } catch (IOException | RuntimeException e) {
                dir.delete(temp);
                throw e;
            }
            try {
                dir.rename(temp, NAME);
            } catch (IOException e) {
                dir.delete(temp);
                throw e;
            }
            dir.force();
            copyStragglers(old, size);
            return true;
        }
    }

    /**
     * Copies to {@code out} what was appended to the log since {@code size} bytes were copied, until the log holds
     * nothing more and its bytes hash to what was copied; -1 when the log was replaced, shortened or rewritten.
     */
    private long catchUp(Object fileKey, FileChannel old, FileChannel out, long size, MessageDigest copied)
            throws IOException {
        long done = size;
        for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
            BasicFileAttributes now = dir.attributes(NAME).orElse(null);
            if (now == null || now.isSymbolicLink() || !Objects.equals(now.fileKey(), fileKey)) {
                return -1;
            }
            long length = old.size();
            if (length < done) {
                return -1;
            }
            if (length > done) {
                ByteBuffer more = ByteBuffer.allocate(Math.toIntExact(length - done));
                while (more.hasRemaining() && old.read(more, done + more.position()) > 0) {
                    // read what was appended
                }
                more.flip();
                copied.update(more.duplicate());
                writeFully(out, more, -1);
                done = length;
                continue;
            }
            // nothing new: the bytes on disk must be the bytes copied (an in-place rewrite of equal length is not)
            MessageDigest onDisk = AtomicFiles.sha256();
            onDisk.update(Channels.newInputStream(old.position(0)).readNBytes(Math.toIntExact(done)));
            return MessageDigest.isEqual(onDisk.digest(), copied.digest()) ? done : -1;
        }
        return -1;
    }

    /** Appends to the new log what was written to the old inode after {@code size} bytes (between check and rename). */
    private void copyStragglers(FileChannel old, long size) throws IOException {
        long length = old.size();
        if (length <= size) {
            return;
        }
        ByteBuffer late = ByteBuffer.allocate(Math.toIntExact(length - size));
        while (late.hasRemaining() && old.read(late, size + late.position()) > 0) {
            // read the late bytes
        }
        late.flip();
        try (FileChannel channel = dir.channel(NAME, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(channel, late, -1);
            channel.force(false);
        }
    }

    /** Writes every byte; at {@code position} when it is not negative, else at the channel's own position. */
    private static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            int written = at < 0 ? channel.write(bytes) : channel.write(bytes, at);
            if (at >= 0) {
                at += written;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
