package org.sessionledger.index.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the big-endian values a {@link java.io.DataOutputStream} wrote, from the whole file held in memory. A start
 * reads the snapshot before the JIT has compiled much: plain index arithmetic stays cheap there, where a buffered
 * stream's locks and var handles per value cost about three times as much.
 */
final class SnapshotInput {

    private final byte[] data;
    private int position;

    SnapshotInput(byte[] data) {
        this.data = data;
    }

    int readInt() throws IOException {
        require(4);
        int p = position;
        position = p + 4;
        return (data[p] & 0xff) << 24 | (data[p + 1] & 0xff) << 16 | (data[p + 2] & 0xff) << 8 | (data[p + 3] & 0xff);
    }

    long readLong() throws IOException {
        long high = readInt();
        return high << 32 | (readInt() & 0xffffffffL);
    }

    boolean readBoolean() throws IOException {
        require(1);
        return data[position++] != 0;
    }

    /** {@code length} bytes decoded as UTF-8. */
    String readUtf8(int length) throws IOException {
        require(length);
        String s = new String(data, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }

    private void require(int count) throws EOFException {
        if (count < 0 || data.length - position < count) {
            throw new EOFException("the snapshot ends early");
        }
    }
}
