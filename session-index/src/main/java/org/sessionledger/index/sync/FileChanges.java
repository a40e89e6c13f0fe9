package org.sessionledger.index.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.index.db.MirrorUnit;

/** Tells from stamps alone whether a unit's files changed since they were recorded. */
final class FileChanges {

    private FileChanges() {}

    /**
     * Whether the files are those recorded, with the same sizes and times. Both lists are usually in path order; any
     * order is accepted.
     */
    static boolean unchanged(List<FileStamp> now, List<MirrorUnit.FileState> before) {
        if (before == null || before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).path().equals(before.get(i).path())) {
                return sameInAnyOrder(now, before);
            }
            if (!same(now.get(i), before.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInAnyOrder(List<FileStamp> now, List<MirrorUnit.FileState> before) {
        Map<String, MirrorUnit.FileState> byPath = new HashMap<>();
        before.forEach(f -> byPath.put(f.path(), f));
        for (FileStamp stamp : now) {
            MirrorUnit.FileState old = byPath.remove(stamp.path()); // each recorded file answers once
            if (old == null || !same(stamp, old)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(FileStamp now, MirrorUnit.FileState before) {
        return before.size() == now.size() && before.modifiedMillis() == now.modifiedMillis();
    }
}
