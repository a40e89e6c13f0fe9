package org.sessionledger.web.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/** Gives the app under test a fresh copy of the fixture workspace and a throw-away data directory. */
public class FixtureWorkspaceResource implements QuarkusTestResourceLifecycleManager {

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("ledger-test");
            Path workspace = Files.createDirectories(dir.resolve("workspace"));
            ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
            return Map.of(
                    "sessions.fs.root", workspace.toString(),
                    "sessions.app.data-dir", dir.resolve("data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
