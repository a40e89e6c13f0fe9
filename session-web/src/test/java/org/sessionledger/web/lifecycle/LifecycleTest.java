package org.sessionledger.web.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.workspace.WorkspaceService;

/** Writes from the browser and the API: roles, CSRF, optimistic concurrency, audit, handoff. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class LifecycleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    WorkspaceService workspace;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    private static Path log(String dir) {
        return FixtureWorkspaceResource.workspace.resolve(dir).resolve("session_log.md");
    }

    private void awaitSession(String id, java.util.function.Consumer<org.sessionledger.domain.session.Session> check) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> check.accept(workspace.session(id).orElseThrow()));
    }

    @Test
    void viewersAndAnonymousUsersCannotWrite() {
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .post("/api/sessions/" + V2_SESSION + "/pause")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .post("/api/sessions/" + V2_SESSION + "/pause")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(302)));
        assertThat(workspace.session(V2_SESSION).orElseThrow().status()).contains(SessionStatus.ACTIVE);
        // the audit trail is for maintainers and admins
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .get("/api/audit")
                .then()
                .statusCode(403);
    }

    @Test
    void editorsPauseAndResumeThroughTheApiWithAnAuditTrail() throws IOException {
        Path log = log(".roo/commander/sessions/" + V2_SESSION);
        String before = AtomicFiles.hash(log);
        String after = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "waiting for review", "expectedHash", before))
                .post("/api/sessions/" + V2_SESSION + "/pause")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(V2_SESSION))
                .extract()
                .path("hash");
        assertThat(after).isEqualTo(AtomicFiles.hash(log));
        assertThat(Files.readString(log))
                .contains("status = \"⏸️ Paused\"")
                .contains("by `editor`: waiting for review");
        // the API answers once the file is written and audited; the index follows a moment later
        awaitSession(V2_SESSION, s -> assertThat(s.status()).contains(SessionStatus.PAUSED));
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("session", V2_SESSION)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("find { it.action == 'pause' }.actor", equalTo("editor"))
                .body("find { it.action == 'pause' }.beforeHash", equalTo(before))
                .body("find { it.action == 'pause' }.afterHash", equalTo(after));

        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("expectedHash", before))
                .post("/api/sessions/" + V2_SESSION + "/resume")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentHash", equalTo(after));
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("expectedHash", after))
                .post("/api/sessions/" + V2_SESSION + "/resume")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/sessions/" + V8_SESSION + "/resume")
                .then()
                .statusCode(400)
                .body("detail", containsString("completed sessions are closed"));
    }

    @Test
    void formsNeedACsrfToken() throws IOException {
        Path log = log(".roo/commander/sessions/" + V2_SESSION);
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.URLENC)
                .formParam("action", "log")
                .formParam("text", "forged")
                .post("/sessions/" + V2_SESSION + "/actions")
                .then()
                .statusCode(400);
        Response page = given().auth().preemptive().basic("editor", "editor").get("/sessions/" + V2_SESSION);
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).isTrue();
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .redirects()
                .follow(false)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token.group(1))
                .formParam("action", "log")
                .formParam("text", "a genuine entry")
                .post("/sessions/" + V2_SESSION + "/actions")
                .then()
                .statusCode(303)
                .header("Location", containsString("/sessions/" + V2_SESSION));
        assertThat(Files.readString(log)).contains("`editor`: a genuine entry").doesNotContain("forged");
    }

    @jakarta.inject.Inject
    org.sessionledger.web.account.UserStore users;

    @jakarta.inject.Inject
    org.sessionledger.web.project.Projects projects;

    @Test
    void startAndHandOffASession() throws IOException {
        if (users.find("kim").isEmpty()) {
            users.create(new org.sessionledger.web.account.Account(
                    "kim",
                    "Kim",
                    "kim@example.org",
                    java.util.Optional.empty(),
                    true,
                    false,
                    false,
                    "local",
                    Map.of(projects.current(), org.sessionledger.web.project.Role.EDITOR)));
        }
        String id = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Try the handoff", "coordinator", "roo-commander"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .body("created", hasSize(14))
                .extract()
                .path("sessionId");
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(Map.of("category", "questions", "topic", "scope", "text", "# Is the scope right?\n"))
                .post("/api/sessions/" + id + "/artifacts")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "kim", "note", "please finish"))
                .post("/api/sessions/" + id + "/handoff")
                .then()
                .statusCode(200)
                .body("created[0]", containsString("/summaries/HANDOFF-kim-"));
        awaitSession(id, session -> {
            assertThat(session.extra()).containsEntry("owner", "kim");
            assertThat(session.relatedArtifacts()).anyMatch(a -> a.contains("HANDOFF-kim-"));
        });
        given().get("/sessions/" + id)
                .then()
                .statusCode(200)
                .body(containsString("handed off from"))
                .body(containsString("HANDOFF-kim-"))
                .body(not(containsString("name=\"action\"")));
    }
}
