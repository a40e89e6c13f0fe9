package org.sessionledger.fs.git;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Brings a {@link WorkTree} from one commit's tree to another's, reading only the paths of a {@link SessionPathFilter}
 * from the object database: a full checkout writes every such file of a tree and removes what else the folder holds;
 * an incremental one walks the two trees side by side, skipping every subtree whose id did not change, and touches
 * only the files that differ.
 */
final class Checkout {

    /** What a checkout changed: the repository paths written or removed, and those kept because they held bytes
     * nobody committed. */
    record Result(Set<String> changed, List<String> kept) {}

    /** Lock files of the writers: never part of a tree, never removed. */
    private static final String LOCK_FILE = ".session_log.lock";

    private final ObjectReader reader;
    private final SessionPathFilter filter;
    private final WorkTree work;

    Checkout(ObjectReader reader, SessionPathFilter filter, WorkTree work) {
        this.reader = reader;
        this.filter = filter;
        this.work = work;
    }

    /** Every filtered file of {@code tree}; anything else in the work tree goes. */
    Result full(RevTree tree) throws IOException {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> present = new HashSet<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setFilter(filter);
            while (walk.next()) {
                String path = walk.getPathString();
                if (walk.isSubtree()) {
                    enter(walk, path);
                } else if (isFile(walk.getFileMode(0))) {
                    present.add(path);
                    ObjectId blob = walk.getObjectId(0);
                    if (!work.blobId(path).map(blob::equals).orElse(false)) {
                        work.write(path, reader.open(blob).getBytes());
                        changed.add(path);
                    }
                }
            }
        }
        for (String stale : filesOutside(present)) {
            work.delete(stale);
            changed.add(stale);
        }
        return new Result(changed, List.of());
    }

    /** The files that differ between {@code from} and {@code to}. */
    Result between(RevTree from, RevTree to) throws IOException {
        Set<String> changed = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(from);
            walk.addTree(to);
            walk.setFilter(AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
            while (walk.next()) {
                String path = walk.getPathString();
                if (walk.isSubtree()) {
                    enter(walk, path);
                    continue;
                }
                ObjectId before = isFile(walk.getFileMode(0)) ? walk.getObjectId(0) : null;
                boolean done;
                if (isFile(walk.getFileMode(1))) {
                    done = work.replace(
                            path, before, reader.open(walk.getObjectId(1)).getBytes());
                } else {
                    done = work.remove(path, before);
                }
                (done ? changed : kept).add(path);
            }
        }
        return new Result(changed, kept);
    }

    /** Enters a folder, or creates a mode folder (whose name is all the reader needs) without entering it. */
    private void enter(TreeWalk walk, String path) throws IOException {
        if (SessionPathFilter.isModeFolder(path)) {
            boolean exists = walk.getTreeCount() == 1 || walk.getFileMode(walk.getTreeCount() - 1) != FileMode.MISSING;
            if (exists) {
                work.mkdirs(path);
            }
        } else {
            walk.enterSubtree();
        }
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /** Files in the work tree that are not in {@code present} (repository paths), lock files aside. */
    private List<String> filesOutside(Set<String> present) throws IOException {
        List<String> stale = new ArrayList<>();
        Path root = work.root();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = org.sessionledger.fs.read.Workspace.portable(
                        root.relativize(file).toString());
                if (!present.contains(rel) && !file.getFileName().toString().equals(LOCK_FILE)) {
                    stale.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return stale;
    }
}
