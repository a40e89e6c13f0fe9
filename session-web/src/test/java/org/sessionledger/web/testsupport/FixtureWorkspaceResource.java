package org.sessionledger.web.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.web.db.EmbeddedDatabase;

/**
 * Gives the app under test a fresh copy of the fixture workspace, a throw-away data directory and a real PostgreSQL:
 * the embedded one, unless {@code -Dsessionledger.test.jdbc-url=...} names another.
 */
public class FixtureWorkspaceResource implements QuarkusTestResourceLifecycleManager {

    /** The workspace of the running test app; tests edit files here. */
    public static volatile Path workspace;

    private Path dir;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("ledger-test");
            workspace = Files.createDirectories(dir.resolve("workspace"));
            ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
            Map<String, String> config = new HashMap<>();
            config.put("sessions.fs.root", workspace.toString());
            config.put("sessions.app.data-dir", dir.resolve("data").toString());
            config.put("sessions.index.debounce", "50ms");
            // the tests log in as admin/admin, editor/editor, viewer/viewer and read the fixtures anonymously;
            // RoleMatrixTest turns public reading off
            config.put("sessions.auth.demo-accounts", "true");
            config.put("sessions.project.public-read", "true");
            String external = System.getProperty("sessionledger.test.jdbc-url", "");
            if (external.isBlank()) {
                database = EmbeddedDatabase.start(dir.resolve("postgres"), false);
                config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
                config.put("quarkus.datasource.username", database.username());
                config.put("quarkus.datasource.password", database.password());
            } else {
                config.put("quarkus.datasource.jdbc.url", external);
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
