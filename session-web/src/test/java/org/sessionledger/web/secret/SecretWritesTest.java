package org.sessionledger.web.secret;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.testkit.FakeSecrets;
import org.sessionledger.web.cli.SessionCli;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * A credential typed into the app is refused, naming its kind, unless the writer confirms it; then the file holds it,
 * and the audit trail and the pages only the mask. The command line finds it and exits 1, unless allowed.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class SecretWritesTest {

    private static final FakeSecrets.Fake TOKEN = FakeSecrets.generate(7, 1).get(7); // a Stripe key

    @Inject
    WorkspaceService workspace;

    @TempDir
    Path temp;

    @Test
    void aCredentialIsRefusedUnlessConfirmedAndThenOnlyTheFileHoldsIt() throws IOException {
        Ready.awaitIndexed();
        String id = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Secret writes"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        Path log = FixtureWorkspaceResource.workspace
                .resolve(workspace.session(id).orElseThrow().directory())
                .resolve("session_log.md");
        String before = AtomicFiles.hash(log);
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", TOKEN.line()))
                .post("/api/sessions/" + id + "/entries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("stripe-key"));
        assertThat(AtomicFiles.hash(log)).isEqualTo(before);

        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", TOKEN.line(), "allowSecrets", true))
                .post("/api/sessions/" + id + "/entries")
                .then()
                .statusCode(200);
        assertThat(Files.readString(log)).contains(TOKEN.value());
        String audit = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("session", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(audit).contains("[secret:stripe-key").doesNotContain(TOKEN.value());
        assertThat(given().get("/sessions/" + id).asString())
                .doesNotContain(TOKEN.value())
                .contains("[secret:stripe-key");

        assertTheFindingsPageListsIt();
    }

    private void assertTheFindingsPageListsIt() {
        List<Map<String, Object>> findings = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/api/secrets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("kind")).isEqualTo("stripe-key");
            assertThat(f.get("fingerprint")).isEqualTo(SecretScanner.fingerprint(TOKEN.value()));
            assertThat(f.get("firstSeen")).isNotNull();
            assertThat(f.get("present")).isEqualTo(true);
        });
    }

    @Test
    void theCommandLineFindsCredentialsAndLeavesKnownTestValuesAlone() throws IOException {
        Path ws = Files.createDirectories(temp.resolve("ws/.ruru/sessions/SESSION-X"));
        Files.writeString(
                ws.resolve("session_log.md"),
                "+++\nid = \"SESSION-X\"\ntitle = \"x\"\nstatus = \"active\"\n" + "+++\n- [2026-01-01 00:00:00] "
                        + TOKEN.line() + "\n");
        assertThat(cli(temp.resolve("ws")))
                .startsWith("1:")
                .contains("stripe-key")
                .doesNotContain(TOKEN.value());
        Files.writeString(
                temp.resolve("ws/.session-ledger-allow"), "# the test account's key\n" + TOKEN.value() + "\n");
        assertThat(cli(temp.resolve("ws"))).startsWith("0:").contains("no credentials found");
    }

    private static String cli(Path workspace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new SessionCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Path.of("."))
                .run(List.of("secrets", "--workspace", workspace.toString()));
        return code + ":" + out.toString(StandardCharsets.UTF_8);
    }
}
