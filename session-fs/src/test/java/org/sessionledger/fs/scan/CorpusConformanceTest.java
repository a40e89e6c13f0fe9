package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.task.TaskReader;

/**
 * Reads the shared corpus of real files written by others, when it is checked out beside the project: every
 * workspace in it is scanned and every file is read as a session log and as a task, without an exception.
 */
class CorpusConformanceTest {

    private static final Logger LOG = Logger.getLogger(CorpusConformanceTest.class);

    private static Path corpus() {
        String configured = System.getProperty("sessionledger.corpus", "");
        Path candidate = configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
        return candidate.toAbsolutePath().normalize();
    }

    @Test
    void readsEveryFileOfTheSharedCorpus() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        int sessions = 0;
        int tasks = 0;
        int artifacts = 0;
        Map<String, Long> byKind = new TreeMap<>();
        for (Path workspace : workspaces(corpus)) {
            WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(workspace)).scan();
            sessions += scan.sessions().size();
            tasks += scan.tasks().size();
            artifacts += scan.sessions().stream()
                    .mapToInt(s -> s.contentArtifacts().size())
                    .sum();
            scan.diagnosticCounts().forEach((kind, count) -> byKind.merge(kind.name(), count, Long::sum));
        }
        int files = readEveryFileBothWays(corpus);
        LOG.infof(
                "Shared corpus: %d files, %d sessions, %d tasks, %d artifacts; diagnostics by kind: %s",
                files, sessions, tasks, artifacts, byKind);
        assertThat(sessions).isPositive();
        assertThat(tasks).isPositive();
        assertThat(files).isPositive();
    }

    /** Each folder holding hidden tool folders ({@code .ruru}, {@code .mdtm}, ...) is a workspace. */
    private static List<Path> workspaces(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus, 4)) {
            List<Path> found = walk.filter(Files::isDirectory)
                    .filter(d -> Files.isDirectory(d.resolve(".ruru"))
                            || Files.isDirectory(d.resolve(".mdtm"))
                            || Files.isDirectory(d.resolve(".roo"))
                            || Files.isDirectory(d.resolve(".#legacy-content")))
                    .toList();
            return found.isEmpty() ? List.of(corpus) : found;
        }
    }

    private static int readEveryFileBothWays(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        FsSettings settings = FsSettings.of(corpus);
        SafeFileReader reader = new SafeFileReader(new Workspace(corpus), settings.maxFileBytes());
        for (Path file : files) {
            Problems problems = new Problems(file.toString());
            reader.read(file, problems).ifPresent(text -> {
                TaskReader.parse(file.toString(), "TASK-X", text, problems);
            });
            assertThat(problems.all()).allSatisfy(CorpusConformanceTest::isWellFormed);
        }
        SessionReader sessions = new SessionReader(settings);
        try (Stream<Path> dirs = Files.walk(corpus)) {
            dirs.filter(Files::isDirectory)
                    .forEach(dir -> sessions.read(dir).diagnostics().forEach(CorpusConformanceTest::isWellFormed));
        }
        return files.size();
    }

    private static void isWellFormed(Diagnostic d) {
        assertThat(d.message()).isNotBlank();
        assertThat(d.line()).isNotNegative();
    }
}
