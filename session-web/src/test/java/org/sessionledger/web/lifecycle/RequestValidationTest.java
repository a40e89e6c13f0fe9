package org.sessionledger.web.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Requests are checked before anything is written: a missing body or field is a 400 naming it, entry text holds no
 * control characters and stays under the configured size, the user a session is handed to has a login name's shape.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class RequestValidationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    WorkspaceService workspace;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic("editor", "editor").contentType(ContentType.JSON);
    }

    private static String start(String goal) {
        return editor().body(Map.of("goal", goal))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
    }

    private Path log(String id) {
        return FixtureWorkspaceResource.workspace
                .resolve(workspace.session(id).orElseThrow().directory())
                .resolve("session_log.md");
    }

    @Test
    void aPostWithoutItsBodyIsA400NamingTheBody() {
        String id = start("Bodies are required");
        for (String path : new String[] {
            "/api/sessions",
            "/api/sessions/" + id + "/pause",
            "/api/sessions/" + id + "/entries",
            "/api/sessions/" + id + "/artifacts",
            "/api/sessions/" + id + "/handoff"
        }) {
            editor().post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", containsString("body"));
        }
    }

    @Test
    void missingFieldsAreNamed() {
        String id = start("Fields are required");
        Map<String, String[]> required = Map.of(
                "/api/sessions",
                new String[] {"goal"},
                "/api/sessions/" + id + "/entries",
                new String[] {"text"},
                "/api/sessions/" + id + "/artifacts",
                new String[] {"category", "topic"},
                "/api/sessions/" + id + "/handoff",
                new String[] {"to"});
        required.forEach((path, fields) -> {
            for (String body : new String[] {"{}", "{\"text\": null, \"goal\": \" \", \"to\": \"\"}"}) {
                var response = editor().body(body).post(path).then().statusCode(400);
                for (String field : fields) {
                    response.contentType("application/problem+json").body("detail", containsString(field + ":"));
                }
            }
        });
        editor().body(Map.of("goal", "x".repeat(10_000)))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .body("detail", containsString("goal:"));
    }

    @Test
    void sessionsAreHandedOnlyToALoginName() throws IOException {
        String id = start("Hand over carefully");
        String before = AtomicFiles.hash(log(id));
        for (String to : new String[] {"lee\nmallory", "lee\r\n", "../../etc", "two words", "-dash", "x".repeat(65)}) {
            editor().body(Map.of("to", to, "note", "over to you"))
                    .post("/api/sessions/" + id + "/handoff")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("to:"));
        }
        assertThat(AtomicFiles.hash(log(id))).isEqualTo(before);
        editor().body(Map.of("to", "editor"))
                .post("/api/sessions/" + id + "/handoff")
                .then()
                .statusCode(200);
    }

    @Test
    void entryTextWithControlCharactersIsRefusedAndTheFileLeftAlone() throws IOException {
        String id = start("Keep the log clean");
        String before = AtomicFiles.hash(log(id));
        for (String text : new String[] {"a\u0000b", "bell\u0007", "\u001b[31mred", "form\ffeed"}) {
            editor().body(Map.of("text", text))
                    .post("/api/sessions/" + id + "/entries")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", allOf(containsString("text:"), containsString("control characters")));
            editor().body(Map.of("reason", text))
                    .post("/api/sessions/" + id + "/pause")
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("reason:"));
        }
        assertThat(AtomicFiles.hash(log(id))).isEqualTo(before);
        editor().body(Map.of("text", "tabs\tand\r\nline breaks are fine"))
                .post("/api/sessions/" + id + "/entries")
                .then()
                .statusCode(200);
    }

    @Test
    void entriesOverTheConfiguredSizeAreRefused() throws IOException {
        String id = start("Short entries");
        String before = AtomicFiles.hash(log(id));
        for (String text : new String[] {"x".repeat(65_537), "é".repeat(32_769)}) {
            editor().body(Map.of("text", text))
                    .post("/api/sessions/" + id + "/entries")
                    .then()
                    .statusCode(400)
                    .body("detail", allOf(containsString("text:"), containsString("65536 bytes")));
        }
        assertThat(AtomicFiles.hash(log(id))).isEqualTo(before);
    }

    @Test
    void theFormsValidateAlike() throws IOException {
        String id = start("Forms validate too");
        String before = AtomicFiles.hash(log(id));
        Response page = given().auth().preemptive().basic("editor", "editor").get("/sessions/" + id);
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).isTrue();
        Map<String, String> nul = Map.of("action", "log", "text", "a\u0000b");
        Map<String, String> handoff = Map.of("action", "handoff", "to", "lee\nmallory", "text", "x");
        Map<String, String> pause = Map.of("action", "pause", "text", "x".repeat(65_537));
        for (Map<String, String> form : java.util.List.of(nul, handoff, pause)) {
            given().auth()
                    .preemptive()
                    .basic("editor", "editor")
                    .redirects()
                    .follow(false)
                    .cookie("csrf-token", page.getCookie("csrf-token"))
                    .contentType(ContentType.URLENC)
                    .formParam("csrf-token", token.group(1))
                    .formParams(form)
                    .post("/sessions/" + id + "/actions")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<h1>400"));
        }
        assertThat(AtomicFiles.hash(log(id))).isEqualTo(before);
    }
}
