package org.sessionledger.fs.git;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/** Small reads and writes of refs and trees. */
final class Refs {

    private Refs() {}

    /** Points a local ref at {@code id}. */
    static void set(Repository repo, String ref, ObjectId id) throws IOException {
        RefUpdate update = repo.updateRef(ref);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
            throw new IOException("Cannot move " + ref + ": " + result);
        }
    }

    /** The regular files of commit {@code commit} under {@code folders}, by path. */
    static Map<String, ObjectId> filesUnder(Repository repo, ObjectId commit, List<String> folders) throws IOException {
        return folders.isEmpty() ? Map.of() : files(repo, commit, folders);
    }

    /** The regular files of commit {@code commit} at or under {@code paths}, by path. */
    static Map<String, ObjectId> files(Repository repo, ObjectId commit, Collection<String> paths) throws IOException {
        Map<String, ObjectId> out = new HashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        try (RevWalk walk = new RevWalk(repo);
                TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilterGroup.createFromStrings(paths));
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    out.put(tree.getPathString(), tree.getObjectId(0));
                }
            }
        }
        return out;
    }
}
