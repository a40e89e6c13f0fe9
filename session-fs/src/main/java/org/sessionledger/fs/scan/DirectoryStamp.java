package org.sessionledger.fs.scan;

import java.util.List;

/**
 * A directory as it was listed: its entry names stay those listed for as long as its modification time is the one
 * recorded, since adding, removing or renaming an entry sets it. A start can then stat the named entries without
 * listing the directory again (the contents of the files are still told by their own stamps).
 *
 * @param path the directory relative to the unit's directory, with {@code /} separators; empty for the unit's own
 * @param modifiedNanos its modification time in nanoseconds since the epoch
 * @param names the names of its entries, as listed
 */
public record DirectoryStamp(String path, long modifiedNanos, List<String> names) {

    public DirectoryStamp {
        names = List.copyOf(names);
    }
}
