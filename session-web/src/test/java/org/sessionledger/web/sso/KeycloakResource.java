package org.sessionledger.web.sso;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for the single sign-on test: the keycloak-quarkus-dist zip that the build unpacks into
 * {@code target/keycloak} (maven-dependency-plugin), started in dev mode on free ports with the realm of
 * {@code keycloak/ledger-realm.json} imported (users alice, bob and "editor", groups, the app's client). It answers in
 * about 30 s; it is stopped with the app under test.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "session-ledger-test-secret";
    private static final Duration START_WAIT = Duration.ofSeconds(180);

    private Process keycloak;
    private Path log;

    /** The unpacked distribution, or why there is none. */
    static Path home() {
        Path unpacked = Path.of("target", "keycloak").toAbsolutePath();
        try (Stream<Path> dirs = Files.isDirectory(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + unpacked
                            + ": the build unpacks org.keycloak:keycloak-quarkus-dist there (process-test-resources)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        if (Runtime.version().feature() < 21) {
            // the surefire run is on the build's JDK (21+ by the enforcer); this is for a test JVM chosen by hand
            return Map.of("quarkus.oidc.tenant-enabled", "false");
        }
        try {
            Path home = home();
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakResource.class.getResourceAsStream("/keycloak/ledger-realm.json")) {
                Files.copy(realm, imports.resolve("ledger-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            log = home.resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-management-port=" + freePort(),
                            "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
            keycloak = builder.start();
            String issuer = "http://localhost:" + port + "/realms/ledger";
            awaitRealm(issuer);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.auth-server-url", issuer);
            config.put("quarkus.oidc.client-id", "session-ledger");
            config.put("quarkus.oidc.credentials.secret", SECRET);
            config.put("sessions.auth.oidc.group-roles.\"ledger-editors\"", "editor");
            config.put("sessions.auth.oidc.group-roles.\"ledger-admins\"", "admin");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRealm(String issuer) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not answer within " + START_WAIT + ": " + Files.readString(log));
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                    keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                    keycloak.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
