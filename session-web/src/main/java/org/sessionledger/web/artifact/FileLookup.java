package org.sessionledger.web.artifact;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Finds the files the app may show: session logs, artifacts and task files known to the index. Anything else,
 * including paths that escape the workspace through {@code ..}, encodings or symlinks, is not found (and logged).
 */
@ApplicationScoped
public class FileLookup {

    private final WorkspaceService workspace;

    FileLookup(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    /** The current project's workspace. */
    private Workspace root() {
        return new Workspace(workspace.settings().root());
    }

    private SafeFileReader reader() {
        FsSettings settings = workspace.settings();
        return new SafeFileReader(new Workspace(settings.root()), settings.maxFileBytes());
    }

    /** A shown file: where it is and which session it belongs to, if any. */
    public record Found(String path, Path file, Optional<Session> session, Optional<Artifact> artifact) {

        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public boolean text() {
            return SessionLayout.isTextFile(fileName());
        }
    }

    public Found find(String path) {
        String clean = path == null ? "" : path;
        WorkspaceScan scan = workspace.current();
        Optional<Found> known = known(scan, clean);
        // the index may know a path that is no file (gone since the last scan): that is not found either, rather than a
        // failure to read it
        Optional<Path> file = root().resolveInside(clean).filter(java.nio.file.Files::isRegularFile);
        if (known.isEmpty() || file.isEmpty()) {
            Log.warnf("Refused a request for '%s': not a session, artifact or task file of the workspace", clean);
            throw new NotFoundException("file", clean);
        }
        return new Found(
                known.get().path(),
                file.get(),
                known.get().session(),
                known.get().artifact());
    }

    private static Optional<Found> known(WorkspaceScan scan, String path) {
        for (Session s : scan.sessions()) {
            String prefix = s.directory() + "/";
            if (!path.startsWith(prefix)) {
                continue;
            }
            String inSession = path.substring(prefix.length());
            if (inSession.equals(SessionLayout.SESSION_LOG)) {
                return Optional.of(new Found(path, null, Optional.of(s), Optional.empty()));
            }
            for (Artifact a : s.artifacts()) {
                if (a.path().equals(inSession)) {
                    return Optional.of(new Found(path, null, Optional.of(s), Optional.of(a)));
                }
            }
        }
        return scan.tasks().stream()
                .filter(t -> t.path().equals(path))
                .findFirst()
                .map(t -> new Found(path, null, Optional.empty(), Optional.empty()));
    }

    /** The text of a found file, or empty when it is binary, too large or unreadable. */
    public Optional<String> text(Found found) {
        return found.text() ? reader().read(found.file(), new Problems(found.path())) : Optional.empty();
    }

    /** Links that point at the path (which sessions and tasks use this file). */
    public List<Link> backLinks(String path) {
        return workspace.current().links().stream()
                .filter(l -> l.to().kind() == NodeKind.ARTIFACT && l.to().key().equals(path))
                .distinct()
                .toList();
    }
}
