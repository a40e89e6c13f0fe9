package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

    @Test
    void listingRecordsTheDirectoriesThatSettled() throws IOException {
        Path session = settledSession("SESSION-C-20250101-000000");
        Files.createDirectories(session.resolve("artifacts/fresh"));
        Workspace workspace = new Workspace(root);

        UnitListing listing = UnitFiles.list(workspace, session, 10, Map.of());

        assertThat(listing.files()).containsExactlyElementsOf(UnitFiles.stamps(workspace, session, 10));
        Map<String, DirectoryStamp> recorded = byPath(listing);
        assertThat(recorded).containsOnlyKeys("", "artifacts/notes"); // artifacts itself changed: fresh was added
        assertThat(recorded.get("").names()).containsExactlyInAnyOrder("session_log.md", "artifacts");
        assertThat(recorded.get("artifacts/notes").names()).containsExactly("a.md");
        assertThat(recorded.get("artifacts/notes").modifiedNanos())
                .isEqualTo(Files.getLastModifiedTime(session.resolve("artifacts/notes"))
                        .to(TimeUnit.NANOSECONDS));
    }

    @Test
    void recordedNamesAreTrustedWhileTheDirectoryTimeIsUnchanged() throws IOException {
        Path session = settledSession("SESSION-D-20250101-000000");
        Workspace workspace = new Workspace(root);
        Map<String, DirectoryStamp> known = byPath(UnitFiles.list(workspace, session, 10, Map.of()));
        Path notes = session.resolve("artifacts/notes");
        FileTime settled = Files.getLastModifiedTime(notes);

        // a file added behind the directory's back (its time set back) is not seen: the recorded names were used
        Files.writeString(notes.resolve("b.md"), "b");
        Files.setLastModifiedTime(notes, settled);
        Files.writeString(notes.resolve("a.md"), "changed"); // contents still show through the file's own stamp
        UnitListing trusted = UnitFiles.list(workspace, session, 10, known);
        assertThat(trusted.files())
                .extracting(FileStamp::path, FileStamp::size)
                .contains(org.assertj.core.groups.Tuple.tuple(relative(workspace, notes.resolve("a.md")), 7L))
                .noneMatch(t -> t.toList().get(0).toString().endsWith("b.md"));
        assertThat(byPath(trusted)).isEqualTo(known);

        // a recorded name that vanished is skipped
        Files.delete(notes.resolve("a.md"));
        Files.setLastModifiedTime(notes, settled);
        assertThat(UnitFiles.list(workspace, session, 10, known).files())
                .extracting(FileStamp::path)
                .noneMatch(p -> p.startsWith(relative(workspace, notes)));

        // a directory whose time moved is listed again, and not recorded until it settles
        Files.writeString(notes.resolve("c.md"), "c");
        UnitListing listed = UnitFiles.list(workspace, session, 10, known);
        assertThat(listed.files()).containsExactlyElementsOf(byWalk(workspace, session, 10));
        assertThat(byPath(listed)).containsOnlyKeys("", "artifacts");
    }

    @Test
    void aMissingOrPlainFileUnitListsNothing() throws IOException {
        Workspace workspace = new Workspace(root);
        Path file = Files.writeString(root.resolve("plain.md"), "x");
        assertThat(UnitFiles.list(workspace, root.resolve("missing"), 10, Map.of()))
                .isEqualTo(UnitListing.EMPTY);
        assertThat(UnitFiles.list(workspace, file, 10, Map.of())).isEqualTo(UnitListing.EMPTY);
    }

    /** A session whose files and folders were last changed an hour ago. */
    private Path settledSession(String name) throws IOException {
        Path session = root.resolve(".roo/commander/sessions/" + name);
        Files.createDirectories(session.resolve("artifacts/notes"));
        Files.writeString(session.resolve("session_log.md"), "+++\n+++\n");
        Files.writeString(session.resolve("artifacts/notes/a.md"), "a");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path dir : List.of(session.resolve("artifacts/notes"), session.resolve("artifacts"), session)) {
            Files.setLastModifiedTime(dir, hourAgo);
        }
        return session;
    }

    private static Map<String, DirectoryStamp> byPath(UnitListing listing) {
        return listing.directories().stream().collect(Collectors.toMap(DirectoryStamp::path, d -> d));
    }

    private static String relative(Workspace workspace, Path path) {
        return workspace.relative(path);
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
