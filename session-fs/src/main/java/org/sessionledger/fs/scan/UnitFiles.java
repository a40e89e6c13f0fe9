package org.sessionledger.fs.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sessionledger.fs.read.Workspace;

/** Stats the files of an indexing unit (a session directory or a task file) without reading them. */
public final class UnitFiles {

    private UnitFiles() {}

    /** Every regular file under {@code dir} (symlinks are stamped as links, not followed), sorted by path. */
    public static List<FileStamp> stamps(Workspace workspace, Path dir, int maxDepth) {
        List<FileStamp> stamps = new ArrayList<>();
        String dirText = dir.toString();
        String prefix = workspace.relative(dir);
        try {
            Files.walkFileTree(dir, Set.of(), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    stamps.add(new FileStamp(
                            relative(workspace, file, dirText, prefix),
                            attrs.size(),
                            attrs.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        stamps.sort(Comparator.comparing(FileStamp::path));
        return stamps;
    }

    /** The walk gives paths below {@code dir}: their relative form is the directory's plus the rest (no normalising). */
    private static String relative(Workspace workspace, Path file, String dirText, String prefix) {
        String text = file.toString();
        if (!text.startsWith(dirText) || text.length() <= dirText.length() + 1) {
            return workspace.relative(file);
        }
        String rest = text.substring(dirText.length() + 1).replace('\\', '/');
        return prefix.isEmpty() ? rest : prefix + "/" + rest;
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
