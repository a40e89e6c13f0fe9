package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.Lifecycle;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/**
 * Parse → change the status → the diff shows only the edited lines, on every session of the fixtures and (when it is
 * checked out beside the project) of the shared corpus.
 */
class RoundTripTest {

    private static final Logger LOG = Logger.getLogger(RoundTripTest.class);

    @TempDir
    Path workspace;

    @Test
    void everyFixtureSessionKeepsItsOtherBytes() throws IOException {
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        int edited = editAll(sessionDirs(workspace));
        assertThat(edited).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyCorpusSessionKeepsItsOtherBytes() throws IOException {
        Path corpus = Path.of(System.getProperty("sessionledger.corpus", "../../shared/corpus"))
                .toAbsolutePath()
                .normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus");
        List<Path> copies = new ArrayList<>();
        for (Path dir : sessionDirs(corpus)) {
            Path copy = workspace.resolve(".ruru/sessions").resolve(dir.getFileName());
            ResourceTrees.copy(dir.toUri().toURL(), copy);
            copies.add(copy);
        }
        int edited = editAll(copies);
        LOG.infof("Round trip: %d corpus sessions edited with only their status lines changed", edited);
        assertThat(edited).isEqualTo(copies.size()).isPositive();
    }

    private int editAll(List<Path> dirs) throws IOException {
        SessionWriter writer = new SessionWriter(FsSettings.of(workspace));
        int edited = 0;
        for (Path dir : dirs) {
            Path log = dir.resolve("session_log.md");
            List<String> before = Files.readAllLines(log);
            Session session = writer.read(dir);
            Transition transition = Stream.of(Transition.PAUSE, Transition.RESUME, Transition.COMPLETE)
                    .filter(t -> Lifecycle.isAllowed(session.status(), t))
                    .findFirst()
                    .orElse(null);
            try {
                if (transition == null) {
                    writer.appendEntry(dir, "tester", "round trip", Optional.empty(), Instant.EPOCH);
                } else {
                    writer.transition(dir, transition, "tester", "round trip", Optional.empty(), Instant.EPOCH);
                }
            } catch (InvalidRequestException e) {
                assertThat(e.getMessage()).startsWith("Cannot edit this session");
                assertThat(Files.readAllLines(log)).isEqualTo(before);
                continue;
            }
            assertOnlyStatusLinesAndOneEntryChanged(before, Files.readAllLines(log), dir);
            edited++;
        }
        return edited;
    }

    private static void assertOnlyStatusLinesAndOneEntryChanged(List<String> before, List<String> after, Path dir) {
        int j = 0;
        for (String line : before) {
            if (isEditable(line)) {
                continue;
            }
            while (j < after.size() && !after.get(j).equals(line)) {
                assertThat(isEditable(after.get(j)))
                        .as("%s: unexpected line '%s'", dir.getFileName(), after.get(j))
                        .isTrue();
                j++;
            }
            assertThat(j).as("%s: line '%s' was lost", dir.getFileName(), line).isLessThan(after.size());
            j++;
        }
        List<String> rest = after.subList(j, after.size());
        assertThat(rest.stream().filter(l -> !isEditable(l)).toList())
                .as("%s: appended lines", dir.getFileName())
                .singleElement()
                .satisfies(l ->
                        assertThat(l).startsWith("- [1970-01-01 00:00:00] ").contains("tester"));
    }

    private static boolean isEditable(String line) {
        String s = line.strip();
        return s.startsWith("status =") || s.startsWith("end_time =") || s.isEmpty();
    }

    private static List<Path> sessionDirs(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("session_log.md"))
                    .map(Path::getParent)
                    .filter(p -> p.getFileName().toString().startsWith("SESS"))
                    .sorted()
                    .toList();
        }
    }
}
