package org.sessionledger.index.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.WorkspaceScanner;

/**
 * The units a batch of changed paths touches, each changed (with the stamps of its files now) or gone. Paths that are
 * neither in a session folder nor task files are left out.
 */
record ChangedUnits(List<String> changed, Map<String, List<FileStamp>> stamps, Set<String> gone) {

    /** Empty when a folder appeared, moved or vanished: only the stamps of a full sync can tell what changed. */
    static Optional<ChangedUnits> of(Collection<Path> paths, WorkspaceScanner scanner, UnitReader reader) {
        Set<String> units = new LinkedHashSet<>();
        for (Path path : paths) {
            String rel = scanner.workspace().relative(path);
            Optional<String> sessionDir = scanner.sessionDirectoryOf(rel);
            if (sessionDir.isPresent()) {
                units.add(UnitKeys.session(sessionDir.get()));
            } else if (scanner.isTaskFile(path)) {
                units.add(UnitKeys.task(rel));
            } else if (Files.isDirectory(path) || !rel.contains(".")) {
                return Optional.empty();
            }
        }
        Map<String, List<FileStamp>> stamps = new HashMap<>();
        List<String> changed = new ArrayList<>();
        Set<String> gone = new HashSet<>();
        for (String key : units) {
            List<FileStamp> unitStamps = reader.stamps(key);
            if (unitStamps.isEmpty()) {
                gone.add(key);
            } else {
                stamps.put(key, unitStamps);
                changed.add(key);
            }
        }
        return Optional.of(new ChangedUnits(changed, stamps, gone));
    }

    int size() {
        return changed.size() + gone.size();
    }
}
