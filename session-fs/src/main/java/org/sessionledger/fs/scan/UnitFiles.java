package org.sessionledger.fs.scan;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sessionledger.fs.read.Workspace;

/** Stats the files of an indexing unit (a session directory or a task file) without reading them. */
public final class UnitFiles {

    private UnitFiles() {}

    /**
     * Every file under {@code dir}, sorted by path: symlinks are stamped as links, not followed, and what lies at
     * {@code maxDepth} is stamped without being entered (as {@link Files#walkFileTree} reports it).
     */
    public static List<FileStamp> stamps(Workspace workspace, Path dir, int maxDepth) {
        List<FileStamp> stamps = new ArrayList<>();
        collect(dir, workspace.relative(dir), 1, maxDepth, stamps);
        stamps.sort(Comparator.comparing(FileStamp::path));
        return stamps;
    }

    /**
     * One directory listing and one lstat per entry, and the relative path built from the names: fewer layers than a
     * file tree walk, which matters when a start stats every file before the JIT has compiled much.
     */
    private static void collect(Path dir, String prefix, int depth, int maxDepth, List<FileStamp> into) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                BasicFileAttributes attrs = lstat(entry);
                if (attrs == null) {
                    continue; // gone or unreadable since the listing: as a walk skips it
                }
                String name = entry.getFileName().toString().replace('\\', '/');
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                if (attrs.isDirectory() && depth < maxDepth) {
                    collect(entry, path, depth + 1, maxDepth, into);
                } else {
                    into.add(new FileStamp(
                            path, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // an unreadable or vanished directory contributes nothing, as in a walk
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
