package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.Workspace;

class UnitFilesTest {

    @TempDir
    Path root;

    @Test
    void stampsCarryWorkspaceRelativePathsSortedWithSizes() throws IOException {
        Path session = root.resolve(".roo/commander/sessions/SESSION-A-20250101-000000");
        Files.createDirectories(session.resolve("artifacts/notes"));
        Files.writeString(session.resolve("session_log.md"), "+++\n+++\n");
        Files.writeString(session.resolve("artifacts/notes/NOTE-x.md"), "hello");
        Workspace workspace = new Workspace(root);

        assertThat(UnitFiles.stamps(workspace, session, 10))
                .extracting(FileStamp::path, FileStamp::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ".roo/commander/sessions/SESSION-A-20250101-000000/artifacts/notes/NOTE-x.md", 5L),
                        org.assertj.core.groups.Tuple.tuple(
                                ".roo/commander/sessions/SESSION-A-20250101-000000/session_log.md", 8L));
        assertThat(UnitFiles.stamps(workspace, root, 10))
                .extracting(FileStamp::path)
                .allSatisfy(p -> assertThat(p).startsWith(".roo/commander/sessions/SESSION-A-20250101-000000/"));
    }

    @Test
    void stampsAreWhatAFileTreeWalkReports() throws IOException {
        Path session = root.resolve(".roo/commander/sessions/SESSION-B-20250101-000000");
        Files.createDirectories(session.resolve("artifacts/notes/deeper/deepest"));
        Files.writeString(session.resolve("session_log.md"), "+++\n+++\n");
        Files.writeString(session.resolve("artifacts/notes/a.md"), "a");
        Files.writeString(session.resolve("artifacts/notes/deeper/b.md"), "bb");
        Files.writeString(session.resolve("artifacts/notes/deeper/deepest/c.md"), "ccc");
        Files.createDirectories(session.resolve("artifacts/empty"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "secret");
        Files.createSymbolicLink(session.resolve("artifacts/link-to-dir"), outside);
        Files.createSymbolicLink(session.resolve("artifacts/link-to-file"), outside.resolve("secret.md"));
        Files.createSymbolicLink(session.resolve("artifacts/dangling"), root.resolve("nowhere"));
        Workspace workspace = new Workspace(root);

        for (int depth = 1; depth <= 6; depth++) {
            assertThat(UnitFiles.stamps(workspace, session, depth))
                    .as("max depth %d", depth)
                    .containsExactlyElementsOf(byWalk(workspace, session, depth));
        }
        assertThat(UnitFiles.stamps(workspace, session, 16))
                .extracting(FileStamp::path)
                .noneMatch(p -> p.contains("secret"))
                .anyMatch(p -> p.endsWith("deepest/c.md"))
                .anyMatch(p -> p.endsWith("artifacts/link-to-dir"));
        assertThat(UnitFiles.stamps(workspace, root.resolve("missing"), 16)).isEmpty();
    }

    /** The stamps as a file tree walk (links not followed) gives them. */
    private static List<FileStamp> byWalk(Workspace workspace, Path dir, int maxDepth) throws IOException {
        List<FileStamp> stamps = new ArrayList<>();
        Files.walkFileTree(dir, Set.of(), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                stamps.add(new FileStamp(
                        workspace.relative(file),
                        attrs.size(),
                        attrs.lastModifiedTime().toMillis()));
                return FileVisitResult.CONTINUE;
            }
        });
        stamps.sort(Comparator.comparing(FileStamp::path));
        return stamps;
    }
}
