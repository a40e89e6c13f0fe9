package org.sessionledger.fs.git;

import java.util.List;
import java.util.Set;

/**
 * What bringing the work tree up to date did.
 *
 * @param from the commit the work tree held before (empty before the first clone)
 * @param to the commit it holds now
 * @param changed repository paths of the session and task files written or removed
 * @param full whether every file was checked out (first clone, or a remote whose history was rewritten): the reader
 *     must then compare everything, not only {@code changed}
 * @param kept paths left as they were because they held bytes that no commit holds
 */
public record GitSyncResult(String from, String to, Set<String> changed, boolean full, List<String> kept) {

    public boolean moved() {
        return !from.equals(to);
    }
}
