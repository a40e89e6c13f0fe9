package org.sessionledger.fs.git;

import java.util.List;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;

/**
 * The paths of a repository that the reader reads: everything under the session roots, task files ({@code TASK-*.md}
 * anywhere, Markdown in a {@code tasks/} folder) and the mode folders that name actors ({@code .roo/modes/<slug>},
 * {@code .roo/commander/modes/<slug>}, {@code .roo/rules-<slug>}, {@code .roomodes}). Folders the scanner prunes
 * ({@code node_modules}, {@code build}, …) and folders deeper than the task walk goes are never entered, so a tree walk
 * with this filter reads the tree objects of the rest of a repository, never its blobs.
 */
public final class SessionPathFilter extends TreeFilter {

    private final List<String> roots;
    private final int maxDepth;

    public SessionPathFilter(List<String> sessionRoots, int maxDepth) {
        this.roots = List.copyOf(sessionRoots);
        this.maxDepth = maxDepth;
    }

    public static SessionPathFilter of(FsSettings settings) {
        return new SessionPathFilter(settings.sessionRoots(), settings.maxDepth());
    }

    @Override
    public boolean include(TreeWalk walker) {
        String path = walker.getPathString();
        return walker.isSubtree() ? includesFolder(path) : includesFile(path);
    }

    /** Whether a walk enters the folder (or, for a mode folder, creates it without entering). */
    public boolean includesFolder(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (SessionLayout.isPruned(name)) {
            return false;
        }
        if (underRoot(path) || isModeFolder(path)) {
            return true;
        }
        for (String root : roots) {
            if (root.startsWith(path + "/")) {
                return true;
            }
        }
        return depth(path) <= maxDepth;
    }

    public boolean includesFile(String path) {
        if (underRoot(path) || path.equals(".roomodes")) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.endsWith(".md") || depth(path) > maxDepth + 1) {
            return false;
        }
        if (SessionLayout.isTaskFileName(name)) {
            return true;
        }
        if (name.equalsIgnoreCase(SessionLayout.README)) {
            return false;
        }
        return ("/" + path).contains("/" + SessionLayout.TASKS_FOLDER + "/");
    }

    /**
     * Whether the folder names an actor by its name alone: {@code .r[ou]*}{@code /modes/<slug>},
     * {@code .r[ou]*}{@code /commander/modes/<slug>} or {@code .r[ou]*}{@code /rules-<slug>}. Its files are not read.
     */
    public static boolean isModeFolder(String path) {
        String[] parts = path.split("/");
        if (parts.length < 2 || !parts[0].matches("\\.r[ou].*")) {
            return false;
        }
        return parts.length == 2 && parts[1].startsWith("rules-") && parts[1].length() > 6
                || parts.length == 3 && parts[1].equals("modes")
                || parts.length == 4 && parts[1].equals("commander") && parts[2].equals("modes");
    }

    private boolean underRoot(String path) {
        for (String root : roots) {
            if (path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    private static int depth(String path) {
        int depth = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    @Override
    public boolean shouldBeRecursive() {
        return false;
    }

    @Override
    public TreeFilter clone() {
        return this; // no state
    }

    @Override
    public String toString() {
        return "SESSION_PATHS" + roots;
    }
}
