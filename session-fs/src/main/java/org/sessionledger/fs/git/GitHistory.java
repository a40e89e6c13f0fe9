package org.sessionledger.fs.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.MaxCountRevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What the clone's history says about the session files: the last commit that changed each one (provenance), the
 * commits that touched one file, a file as of a commit, and the diff between two versions.
 */
public final class GitHistory {

    private final Repository repository;
    private final SessionPathFilter filter;

    GitHistory(Repository repository, SessionPathFilter filter) {
        this.repository = repository;
        this.filter = filter;
    }

    /**
     * The last commit that changed each filtered file, walking back from {@code head} and stopping at {@code since}
     * (exclusive; null: the whole clone). Only files that {@code wanted} accepts are looked for. Files whose last
     * change lies beyond a shallow clone's end get the boundary commit, marked as such.
     */
    public Map<String, CommitInfo> lastChanges(ObjectId head, ObjectId since, Predicate<String> wanted)
            throws IOException {
        Map<String, CommitInfo> found = new HashMap<>();
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                try {
                    walk.markUninteresting(walk.parseCommit(since));
                } catch (org.eclipse.jgit.errors.MissingObjectException e) {
                    // rewritten history: walk all of it
                }
            }
            walk.setTreeFilter(AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
            for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                CommitInfo info = CommitInfo.of(c, shallow.contains(c));
                for (String path : changedBy(walk, c)) {
                    if (wanted.test(path)) {
                        found.putIfAbsent(path, info);
                    }
                }
            }
        }
        return found;
    }

    /** Filtered files that {@code c} changed against its first parent (all of them for a root or boundary commit). */
    private List<String> changedBy(RevWalk walk, RevCommit c) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            if (c.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(c.getParent(0)).getTree());
            } else {
                tree.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            }
            tree.addTree(c.getTree());
            tree.setFilter(AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
            tree.setRecursive(false);
            while (tree.next()) {
                if (tree.isSubtree()) {
                    if (!SessionPathFilter.isModeFolder(tree.getPathString())) {
                        tree.enterSubtree();
                    }
                } else {
                    paths.add(tree.getPathString());
                }
            }
        }
        return paths;
    }

    /** The commits that changed {@code path}, newest first, at most {@code limit}. */
    public List<CommitInfo> commitsOf(ObjectId head, String path, int limit) throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        List<CommitInfo> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            walk.setRevFilter(MaxCountRevFilter.create(limit));
            for (RevCommit c : walk) {
                out.add(CommitInfo.of(c, shallow.contains(c)));
            }
        }
        return out;
    }

    /** The commit with this id (or unique abbreviation), when the clone holds it. */
    public Optional<CommitInfo> commit(String id) throws IOException {
        if (id == null || !id.matches("[0-9a-f]{4,40}")) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId resolved = repository.resolve(id + "^{commit}");
            if (resolved == null) {
                return Optional.empty();
            }
            RevCommit c = walk.parseCommit(resolved);
            return Optional.of(CommitInfo.of(
                    c, repository.getObjectDatabase().getShallowCommits().contains(c)));
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The newest commit reachable from {@code head} that was made at or before {@code at}, if the clone holds one. */
    public Optional<CommitInfo> commitAt(ObjectId head, java.time.Instant at) throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                if (c.getCommitTime() * 1000L <= at.toEpochMilli()) {
                    return Optional.of(CommitInfo.of(c, shallow.contains(c)));
                }
            }
        }
        return Optional.empty();
    }

    /** Every regular file under {@code directory} as of {@code commit}, by path. */
    public Map<String, byte[]> filesAt(String commit, String directory) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(directory));
            while (tree.next()) {
                if (tree.getFileMode(0) == FileMode.REGULAR_FILE || tree.getFileMode(0) == FileMode.EXECUTABLE_FILE) {
                    files.put(
                            tree.getPathString(),
                            repository.open(tree.getObjectId(0)).getBytes());
                }
            }
        }
        return files;
    }

    /** The bytes of {@code path} as of {@code commit}; empty when it held no such file. */
    public Optional<byte[]> fileAt(String commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
                if (tree == null
                        || tree.getFileMode(0) != FileMode.REGULAR_FILE
                                && tree.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                    return Optional.empty();
                }
                return Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        }
    }

    /** A unified diff from {@code before} to {@code after} (both as text), three lines of context. */
    public static String diff(String name, byte[] before, byte[] after) {
        RawText a = new RawText(before);
        RawText b = new RawText(after);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            out.writeBytes(
                    ("--- a/" + name + "\n+++ b/" + name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            formatter.format(edits, a, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
