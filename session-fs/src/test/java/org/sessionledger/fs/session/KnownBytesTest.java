package org.sessionledger.fs.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.WORKSPACE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.KnownFiles;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.testkit.FixtureNames;

/** Reading a session from bytes the caller already has gives what reading the files gives. */
class KnownBytesTest {

    @TempDir
    static Path dir;

    static WorkspaceScanner scanner;

    @BeforeAll
    static void copyFixture() throws IOException {
        ResourceTrees.copy(FixtureNames.location(WORKSPACE), dir);
        scanner = new WorkspaceScanner(FsSettings.of(dir));
    }

    @Test
    void everySessionReadsTheSameFromKnownBytes() {
        for (Path session : scanner.discover().sessionDirectories()) {
            SessionReader.Result fromDisk = scanner.readSession(session);
            SessionReader.Result fromKnown = scanner.readSession(session, KnownBytesTest::readAll);
            assertThat(fromKnown.session()).isEqualTo(fromDisk.session());
            assertThat(fromKnown.diagnostics()).isEqualTo(fromDisk.diagnostics());
        }
    }

    @Test
    void everySessionReadsTheSameFromFilesDecodedOnce() throws IOException {
        for (Path session : scanner.discover().sessionDirectories()) {
            KnownFiles known = new KnownFiles();
            try (Stream<Path> files = Files.walk(session)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> known.put(f, readAll(f).orElseThrow()));
            }
            SessionReader.Result fromKnown = scanner.readSession(session, known);
            SessionReader.Result fromDisk = scanner.readSession(session);
            assertThat(fromKnown.session()).isEqualTo(fromDisk.session());
            assertThat(fromKnown.diagnostics()).isEqualTo(fromDisk.diagnostics());
        }
    }

    @Test
    void titlesComeFromTheKnownBytes() {
        Path session = scanner.discover().sessionDirectories().stream()
                .filter(p -> p.getFileName().toString().equals(FixtureNames.V2_SESSION))
                .findFirst()
                .orElseThrow();
        Path note = session.resolve("artifacts/notes/NOTE-initial_plan-2507201031.md");
        SessionReader.Result result = scanner.readSession(
                session,
                file -> file.equals(note)
                        ? Optional.of("# Known title\n".getBytes(StandardCharsets.UTF_8))
                        : Optional.empty());
        assertThat(result.session().artifacts())
                .filteredOn(a -> a.path().endsWith("NOTE-initial_plan-2507201031.md"))
                .extracting(Artifact::title)
                .containsExactly("Known title");
    }

    private static Optional<byte[]> readAll(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
