package org.sessionledger.fs.scan;

import java.util.List;

/**
 * What a stat of a unit's directory found.
 *
 * @param files the stamps of its files, sorted by path
 * @param directories the directories whose listing may be trusted next time (see {@link DirectoryStamp})
 */
public record UnitListing(List<FileStamp> files, List<DirectoryStamp> directories) {

    public static final UnitListing EMPTY = new UnitListing(List.of(), List.of());
}
