package org.sessionledger.fs.scan;

/**
 * What a stat tells about a file: enough to know it did not change since it was last read.
 *
 * @param path the path relative to the workspace root, with {@code /} separators
 * @param size the size in bytes
 * @param modifiedMillis the modification time in milliseconds since the epoch
 */
public record FileStamp(String path, long size, long modifiedMillis) {}
