package org.sessionledger.web.pack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.testkit.FakeSecrets;
import org.sessionledger.web.cli.SessionCli;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * A pack of a session written through the app: its files (a pasted credential masked, and listed), its reports, the
 * audit of the write, signed; the command line verifies it against the server's key and names a changed file.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class PackTest {

    @TestHTTPResource("/")
    URL base;

    @jakarta.inject.Inject
    WorkspaceService workspace;

    @TempDir
    Path temp;

    @Test
    void aSessionsPackHoldsItsFilesMaskedItsReportsAndVerifies() throws IOException {
        Ready.awaitIndexed();
        FakeSecrets.Fake secret = FakeSecrets.generate(99, 1).get(2); // a GitHub token
        String id = sessionWithASecret(secret);
        byte[] zip = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of(id)))
                .post("/api/packs")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Path pack = Files.write(temp.resolve("pack.zip"), zip);
        Map<String, byte[]> entries = entries(pack);

        String logPath = "files/" + workspace.session(id).orElseThrow().directory() + "/session_log.md";
        assertThat(entries)
                .containsKeys(
                        logPath,
                        "reports/" + id + "/summary.pdf",
                        "reports/" + id + "/summary.json",
                        "reports/audit.json",
                        "reports/audit.pdf",
                        PackManifest.MANIFEST,
                        PackManifest.SIGNATURE);
        String packedLog = new String(entries.get(logPath), StandardCharsets.UTF_8);
        assertThat(packedLog)
                .contains("wrote the deploy notes")
                .contains("[secret:github-token …")
                .doesNotContain(secret.value());
        entries.values()
                .forEach(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(secret.value()));
        assertThat(new String(entries.get(PackManifest.MANIFEST), StandardCharsets.UTF_8))
                .contains("\"kind\" : \"github-token\"")
                .contains("\"user\" : \"admin\"");
        assertThat(new String(entries.get("reports/audit.json"), StandardCharsets.UTF_8))
                .contains("wrote the deploy notes")
                .contains("\"source\":\"write\"");

        assertThat(verify(pack, "--server", base.toString())).startsWith("0:").contains("pack verified");
        Path changed = copyChanging(pack, logPath);
        assertThat(verify(changed, "--server", base.toString()))
                .startsWith("1:")
                .contains("mismatch: " + logPath + ": does not match");
    }

    /** A session started and written through the API, and a credential an agent pasted into its log. */
    private String sessionWithASecret(FakeSecrets.Fake secret) throws IOException {
        String id = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Pack me"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "wrote the deploy notes"))
                .post("/api/sessions/" + id + "/entries")
                .then()
                .statusCode(200);
        Path log = FixtureWorkspaceResource.workspace
                .resolve(workspace.session(id).orElseThrow().directory())
                .resolve("session_log.md");
        Files.writeString(
                log, "- [2026-01-01 00:00:00] `dev-agent`: " + secret.line() + "\n", StandardOpenOption.APPEND);

        return id;
    }

    @Test
    void packsNeedALoginAndSayWhatTheyWereMadeOf() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of("x")))
                .post("/api/packs")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/packs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of("no-such-session")))
                .post("/api/packs")
                .then()
                .statusCode(404);
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of("no-such-session")))
                .post("/api/packs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/keys").then().statusCode(200).contentType(ContentType.JSON);
    }

    private static String verify(Path pack, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("verify", pack.toString()));
        args.addAll(List.of(options));
        int code =
                new SessionCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Path.of(".")).run(args);
        return code + ":" + out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    private Path copyChanging(Path pack, String name) throws IOException {
        Path copy = temp.resolve("changed.zip");
        try (OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries(pack).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                byte[] bytes = e.getValue();
                z.write(
                        e.getKey().equals(name)
                                ? (new String(bytes, StandardCharsets.UTF_8) + "- [2026-01-02 00:00:00] added later\n")
                                        .getBytes(StandardCharsets.UTF_8)
                                : bytes);
                z.closeEntry();
            }
        }
        return copy;
    }
}
