package org.sessionledger.fs.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.fs.session.SessionReader;

/**
 * Where sessions live: every folder holding a session log directly under a session root (the standard ones,
 * {@code .roopm/sessions}, and {@code sessions.fs.extra-roots}), or one level deeper ({@code sessions/sessions/},
 * {@code sessions/archive/}). Session folders elsewhere in the workspace are reported, not read.
 */
final class SessionRoots {

    private final FsSettings settings;
    private final Workspace workspace;
    private final List<String> roots;
    private final Set<Path> rootPaths;

    SessionRoots(FsSettings settings, Workspace workspace) {
        this.settings = settings;
        this.workspace = workspace;
        this.roots = settings.sessionRoots();
        this.rootPaths =
                Set.copyOf(roots.stream().map(r -> settings.root().resolve(r)).toList());
    }

    /** Whether a folder is a session root (the task walk does not enter them). */
    boolean isRoot(Path dir) {
        return rootPaths.contains(dir);
    }

    /** Directories holding a session log, under any session root, in root order. */
    List<Path> sessionDirectories(List<Diagnostic> diagnostics) {
        List<Path> dirs = new ArrayList<>();
        for (String rootName : roots) {
            Path root = settings.root().resolve(rootName);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                collect(root, true, dirs, diagnostics);
            } catch (IOException e) {
                diagnostics.add(
                        Diagnostic.error(rootName, 0, DiagnosticKind.UNREADABLE, "Cannot list this session root."));
            }
        }
        return dirs;
    }

    private void collect(Path folder, boolean descend, List<Path> dirs, List<Diagnostic> diagnostics)
            throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted().toList();
        }
        for (Path entry : entries) {
            BasicFileAttributes attrs = UnitFiles.lstat(entry);
            if (attrs == null) {
                continue; // gone since the listing
            }
            String name = entry.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                if (!workspace.contains(entry)) {
                    diagnostics.add(Diagnostic.warning(
                            workspace.relative(entry),
                            0,
                            DiagnosticKind.SYMLINK_OUTSIDE,
                            "Not followed: the link leaves the workspace."));
                }
            } else if (!attrs.isDirectory() || SessionLayout.isPruned(name)) {
                continue;
            } else if (SessionReader.isSessionDirectory(entry)) {
                dirs.add(entry);
            } else if (name.startsWith("SESS")) {
                diagnostics.add(Diagnostic.warning(
                        workspace.relative(entry),
                        0,
                        DiagnosticKind.UNREADABLE,
                        "A session directory without " + SessionLayout.SESSION_LOG + "."));
            } else if (descend) {
                try {
                    collect(entry, false, dirs, diagnostics); // sessions/sessions/SESSION-...
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error(
                            workspace.relative(entry), 0, DiagnosticKind.UNREADABLE, "Cannot list this folder."));
                }
            }
        }
    }

    /**
     * The session directory (relative) a changed file belongs to, when it lies under a session root: the folder
     * directly under the root, or the one below it when that one holds the session log.
     */
    Optional<String> sessionDirectoryOf(String relativePath) {
        for (String root : roots) {
            String prefix = root + "/";
            if (relativePath.startsWith(prefix) && relativePath.length() > prefix.length()) {
                String[] parts = relativePath.substring(prefix.length()).split("/", 3);
                String first = prefix + parts[0];
                if (parts.length >= 2 && !isSessionFolder(first)) {
                    String second = first + "/" + parts[1];
                    boolean log = parts.length == 3 && parts[2].equals(SessionLayout.SESSION_LOG);
                    if (log || isSessionFolder(second)) {
                        return Optional.of(second);
                    }
                }
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    private boolean isSessionFolder(String relative) {
        return Files.isRegularFile(settings.root().resolve(relative).resolve(SessionLayout.SESSION_LOG));
    }

    /** A session folder found outside the session roots by the workspace walk: reported, not read. */
    Diagnostic stray(Path dir) {
        return Diagnostic.warning(
                workspace.relative(dir),
                0,
                DiagnosticKind.STRAY_SESSION,
                "A session folder outside the session roots (" + String.join(", ", roots) + "): not read. Move it"
                        + " under a session root, or add its parent folder to sessions.fs.extra-roots.");
    }
}
