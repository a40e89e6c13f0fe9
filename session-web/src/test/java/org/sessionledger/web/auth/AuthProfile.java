package org.sessionledger.web.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An app of its own for the login tests: failed-login limits that reset within seconds, the log also in a file. */
public class AuthProfile implements QuarkusTestProfile {

    /** One file per test JVM, so that no earlier run's lines are read. */
    static final Path LOG_FILE = Path.of(
                    "target", "auth-logs", "app-" + ProcessHandle.current().pid() + ".log")
            .toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sessions.auth.throttle.window", "30s",
                "sessions.auth.throttle.lockout", "3s",
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.json.enabled", "false",
                "quarkus.log.file.path", LOG_FILE.toString());
    }

    /** The lines the app under test has logged so far. */
    static List<String> logLines() throws IOException {
        return Files.exists(LOG_FILE) ? Files.readAllLines(LOG_FILE) : List.of();
    }
}
