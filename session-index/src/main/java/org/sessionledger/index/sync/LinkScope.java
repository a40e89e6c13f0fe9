package org.sessionledger.index.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.index.db.MirrorUnit;

/**
 * Which links a live change can alter. Links point at tasks by id or path and at files by path, so while no unit or
 * file appears, vanishes or is renamed and no task changes, only the links from the changed sessions can differ; any
 * other change resolves every link again.
 */
final class LinkScope {

    private final Map<String, String> sessionIds;

    private LinkScope(Map<String, String> sessionIds) {
        this.sessionIds = sessionIds;
    }

    /**
     * Taken before the change is applied: the changed units must all be sessions already held, with the same files as
     * recorded; empty otherwise.
     */
    static Optional<LinkScope> before(
            WorkspaceState state, List<String> changed, Set<String> gone, Map<String, List<FileStamp>> stamps) {
        if (!gone.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> ids = new HashMap<>();
        for (String key : changed) {
            Session session = state.session(key);
            List<MirrorUnit.FileState> recorded = state.files().get(key);
            if (session == null || recorded == null || !samePaths(recorded, stamps.get(key))) {
                return Optional.empty();
            }
            ids.put(key, session.id().value());
        }
        return Optional.of(new LinkScope(ids));
    }

    /** After the change: the ids of the sessions whose links may differ, unless a session changed its id. */
    Optional<Set<String>> after(WorkspaceState state) {
        for (Map.Entry<String, String> e : sessionIds.entrySet()) {
            Session session = state.session(e.getKey());
            if (session == null || !session.id().value().equals(e.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(Set.copyOf(sessionIds.values()));
    }

    private static boolean samePaths(List<MirrorUnit.FileState> recorded, List<FileStamp> now) {
        if (now == null || recorded.size() != now.size()) {
            return false;
        }
        Set<String> paths = new java.util.HashSet<>();
        recorded.forEach(f -> paths.add(f.path()));
        return now.stream().allMatch(stamp -> paths.contains(stamp.path()));
    }
}
