package org.sessionledger.fs.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.read.KnownBytes;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;

/**
 * Lists a session's artifacts under {@code artifacts/} and under category folders directly in the session
 * directory. Symlinks are never followed out of the workspace; titles come from the first heading or a
 * {@code title} key in the first 16 KB.
 */
final class ArtifactScanner {

    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern TITLE =
            Pattern.compile("(?m)^(?:#\\s+(.+?)\\s*#*\\s*$|title\\s*[=:]\\s*[\"']?(.+?)[\"']?\\s*(?:#.*)?$)");

    private final Workspace workspace;
    private final long maxBytes;
    private final int maxDepth;

    ArtifactScanner(Workspace workspace, long maxBytes, int maxDepth) {
        this.workspace = workspace;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** The artifacts of the session; titles come from {@code known} bytes where the caller has them. */
    List<Artifact> scan(Path sessionDir, List<Diagnostic> diagnostics, KnownBytes known) {
        List<Artifact> artifacts = new ArrayList<>();
        try (Stream<Path> top = Files.list(sessionDir)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && SessionLayout.holdsArtifacts(name)) {
                    walk(sessionDir, entry, artifacts, diagnostics, known);
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(
                    workspace.relative(sessionDir),
                    0,
                    DiagnosticKind.UNREADABLE,
                    "Cannot list the session directory."));
        }
        artifacts.sort(Comparator.comparing(Artifact::path));
        return artifacts;
    }

    private void walk(
            Path sessionDir, Path folder, List<Artifact> artifacts, List<Diagnostic> diagnostics, KnownBytes known)
            throws IOException {
        if (Files.isSymbolicLink(folder)) {
            readOnly(folder, diagnostics);
            linkOutside(folder, diagnostics);
            return;
        }
        Files.walkFileTree(folder, java.util.Set.of(), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                    readOnly(file, diagnostics);
                }
                if (attrs.isSymbolicLink() && (linkOutside(file, diagnostics) || !Files.isRegularFile(file))) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    long size = attrs.isRegularFile() ? attrs.size() : sizeOf(file);
                    artifacts.add(artifact(sessionDir, file, size, diagnostics, known));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                diagnostics.add(Diagnostic.error(
                        workspace.relative(file), 0, DiagnosticKind.UNREADABLE, "Cannot read this artifact."));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Reports a folder link: the writer never writes through one, so the session is read-only. */
    private void readOnly(Path link, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.warning(
                workspace.relative(link),
                0,
                DiagnosticKind.READ_ONLY,
                "A symbolic link: Session Ledger does not write through links, so this session is read-only."));
    }

    /** Reports a symlink leaving the workspace; true when it does. */
    private boolean linkOutside(Path link, List<Diagnostic> diagnostics) {
        if (workspace.contains(link)) {
            return false;
        }
        diagnostics.add(Diagnostic.warning(
                workspace.relative(link),
                0,
                DiagnosticKind.SYMLINK_OUTSIDE,
                "Not followed: the link leaves the workspace."));
        return true;
    }

    private Artifact artifact(Path sessionDir, Path file, long size, List<Diagnostic> diagnostics, KnownBytes known) {
        String relative = org.sessionledger.fs.read.Workspace.portable(
                sessionDir.relativize(file).toString());
        String name = file.getFileName().toString();
        String title = name;
        if (SessionLayout.isTextFile(name)) {
            Problems problems = new Problems(workspace.relative(file));
            if (size > maxBytes) {
                problems.warn(0, DiagnosticKind.TOO_LARGE, "Over the limit of " + maxBytes + " bytes; not indexed.");
            }
            Optional<byte[]> bytes = known.of(file);
            // a file shorter than the head is its own head: its text is decoded once, for the title and the index
            Optional<String> head = bytes.isPresent() && bytes.get().length < HEAD_BYTES
                    ? known.text(file, problems)
                    : bytes.map(ArtifactScanner::head)
                            .or(() -> head(file))
                            .flatMap(b -> SafeFileReader.decode(b, problems));
            title = head.flatMap(ArtifactScanner::titleOf).orElse(name);
            diagnostics.addAll(problems.all());
        }
        return new Artifact(
                relative, SessionLayout.categoryOf(relative), title, size, SessionLayout.isScaffoldReadme(relative));
    }

    private static Optional<byte[]> head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(head(in.readNBytes(HEAD_BYTES)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first 16 KB, cut at the last newline so that a multi-byte character is never split. */
    private static byte[] head(byte[] bytes) {
        if (bytes.length < HEAD_BYTES) {
            return bytes;
        }
        int cut = HEAD_BYTES;
        while (cut > 0 && bytes[cut - 1] != '\n') {
            cut--;
        }
        return java.util.Arrays.copyOf(bytes, cut);
    }

    static Optional<String> titleOf(String text) {
        Matcher m = TITLE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
