package org.sessionledger.fs.scan;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sessionledger.fs.read.Workspace;

/** Stats the files of an indexing unit (a session directory or a task file) without reading them. */
public final class UnitFiles {

    /** How long a directory must have been unchanged before its listing is recorded. */
    static final Duration SETTLED = Duration.ofSeconds(5);

    private UnitFiles() {}

    /**
     * Every file under {@code dir}, sorted by path: symlinks are stamped as links, not followed, and what lies at
     * {@code maxDepth} is stamped without being entered (as {@link Files#walkFileTree} reports it).
     */
    public static List<FileStamp> stamps(Workspace workspace, Path dir, int maxDepth) {
        return list(workspace, dir, maxDepth, Map.of()).files();
    }

    /**
     * As {@link #stamps}, and the directories' listings for next time. A directory whose modification time is the
     * one in {@code known} (by path relative to {@code dir}) is not listed again: its recorded names are stat'ed. A
     * directory changed less than {@link #SETTLED} before is not recorded, since a change made within the same tick
     * of the file system's clock would not show in its time.
     */
    public static UnitListing list(Workspace workspace, Path dir, int maxDepth, Map<String, DirectoryStamp> known) {
        BasicFileAttributes attrs = stat(dir);
        if (attrs == null || !attrs.isDirectory()) {
            return UnitListing.EMPTY;
        }
        long settledBefore = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - SETTLED.toNanos();
        Walk walk = new Walk(known, settledBefore, maxDepth, new ArrayList<>(), new ArrayList<>());
        walk.collect(dir, "", workspace.relative(dir), 1, attrs);
        walk.files.sort(Comparator.comparing(FileStamp::path));
        return new UnitListing(walk.files, walk.directories);
    }

    /** One stat of a unit's directory; what it found goes into the two lists. */
    private record Walk(
            Map<String, DirectoryStamp> known,
            long settledBefore,
            int maxDepth,
            List<FileStamp> files,
            List<DirectoryStamp> directories) {

        /**
         * One lstat per entry, the relative path built from the names: fewer layers than a file tree walk, which
         * matters when a start stats every file before the JIT has compiled much.
         */
        void collect(Path dir, String relative, String prefix, int depth, BasicFileAttributes attrs) {
            List<String> names = names(dir, relative, attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            for (String name : names) {
                Path entry = dir.resolve(name);
                BasicFileAttributes entryAttrs = lstat(entry);
                if (entryAttrs == null) {
                    continue; // gone or unreadable since the listing: as a walk skips it
                }
                String shown = name; // a name holds no separator (on Linux a backslash is part of it)
                String path = prefix.isEmpty() ? shown : prefix + "/" + shown;
                if (entryAttrs.isDirectory() && depth < maxDepth) {
                    collect(entry, relative.isEmpty() ? name : relative + "/" + name, path, depth + 1, entryAttrs);
                } else {
                    files.add(new FileStamp(
                            path,
                            entryAttrs.size(),
                            entryAttrs.lastModifiedTime().toMillis()));
                }
            }
        }

        /** The recorded names while the directory is unchanged, else a new listing (none when unreadable). */
        private List<String> names(Path dir, String relative, long modifiedNanos) {
            DirectoryStamp recorded = known.get(relative);
            if (recorded != null && recorded.modifiedNanos() == modifiedNanos) {
                directories.add(recorded);
                return recorded.names();
            }
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            } catch (IOException | DirectoryIteratorException e) {
                return List.of(); // an unreadable or vanished directory contributes nothing, as in a walk
            }
            if (modifiedNanos < settledBefore) {
                directories.add(new DirectoryStamp(relative, modifiedNanos, names));
            }
            return names;
        }
    }

    /** The attributes of {@code path}, links followed, or null when it cannot be read. */
    private static BasicFileAttributes stat(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The entry's own attributes (a link is not followed), or null when it cannot be read. */
    static BasicFileAttributes lstat(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp of one file, or an empty list when it is gone. */
    public static List<FileStamp> stamp(Workspace workspace, Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(new FileStamp(
                    workspace.relative(file),
                    attrs.size(),
                    attrs.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return List.of();
        }
    }
}
