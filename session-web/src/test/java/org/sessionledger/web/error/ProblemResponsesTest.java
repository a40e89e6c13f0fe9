package org.sessionledger.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.RawHttp;
import org.sessionledger.web.testsupport.Ready;

/**
 * Every error under {@code /api} is an RFC 9457 problem document, whichever layer refuses the request (the JSON
 * reader, security, the HTTP server's limits, URL decoding); pages get the HTML error page instead.
 */
@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class ProblemResponsesTest {

    private static final String EDITOR = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8)) + "\r\n";

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void bodiesThatAreNotTheExpectedObjectAreProblems() {
        for (String body : new String[] {"[]", "\"x\"", "42", "{", "{\"goal\": [\"a\"]}", "{\"goal\": {}}"}) {
            given().auth()
                    .preemptive()
                    .basic("editor", "editor")
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/sessions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
    }

    @Test
    void forbiddenIsAProblemUnderTheApiAndAPageElsewhere() {
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .post("/api/admin/rebuild")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .contentType(ContentType.URLENC)
                .formParam("goal", "not mine to start")
                .post("/sessions")
                .then()
                .statusCode(403)
                .contentType(startsWith("text/html"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws IOException {
        String tooLong = "Content-Type: application/json\r\nContent-Length: 20000000\r\n";
        assertProblem(RawHttp.send("POST", "/api/sessions", EDITOR + tooLong, "{"), 413);
        assertPage(RawHttp.send("POST", "/sessions", EDITOR + tooLong, "{"), 413);
    }

    @Test
    void aUriOverTheLimitIs414() throws IOException {
        assertProblem(RawHttp.get("/api/sessions?q=" + "a".repeat(10_000)), 414);
        assertPage(RawHttp.get("/?q=" + "a".repeat(10_000)), 414);
    }

    @Test
    void brokenPercentEncodingIs400() throws IOException {
        assertProblem(RawHttp.get("/api/sessions/%"), 400);
        assertProblem(RawHttp.get("/api/sessions?q=%"), 400);
        assertProblem(RawHttp.get("/api/search?q=%zz"), 400);
        assertPage(RawHttp.get("/sessions/%"), 400);
        assertPage(RawHttp.get("/?q=%"), 400);
    }

    @Test
    void auditBoundsBeyondWhatTheDatabaseHoldsAreClamped() {
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("from", "+1000000000-01-01T00:00:00Z")
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("from", "-1000000000-01-01T00:00:00Z")
                .queryParam("to", "+1000000000-01-01T00:00:00Z")
                .get("/api/audit")
                .then()
                .statusCode(200);
        for (String day : new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01"}) {
            given().auth()
                    .preemptive()
                    .basic("admin", "admin")
                    .queryParam("to", day)
                    .get("/reports/audit")
                    .then()
                    .statusCode(400);
        }
    }

    @Test
    void aNulInAnAuditFilterMatchesNothing() {
        for (String filter : new String[] {"actor", "session"}) {
            given().auth()
                    .preemptive()
                    .basic("admin", "admin")
                    .urlEncodingEnabled(false)
                    .get("/api/audit?" + filter + "=a%00b")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(0));
        }
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .urlEncodingEnabled(false)
                .get("/reports/audit/export.json?user=%00")
                .then()
                .statusCode(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsTheErrorPage() {
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.URLENC)
                .formParam("goal", "no token")
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("<h1>400"));
    }

    private static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("content-type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":" + status);
    }

    private static void assertPage(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("content-type")).as(reply.toString()).startsWith("text/html");
        assertThat(reply.body()).contains("<h1>" + status);
    }
}
