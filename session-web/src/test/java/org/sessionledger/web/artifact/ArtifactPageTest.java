package org.sessionledger.web.artifact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class ArtifactPageTest {

    private static final String NOTE =
            ".roo/commander/sessions/" + V2_SESSION + "/artifacts/notes/NOTE-initial_plan-2507201031.md";
    private static final String PAYLOAD =
            ".ruru/sessions/" + XSS_SESSION + "/artifacts/notes/NOTE-payload-2506051200.md";

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void rendersMarkdownWithTablesFrontMatterAndBackLinks() {
        given().get("/files/" + NOTE)
                .then()
                .statusCode(200)
                .body(containsString("<h1>Initial plan for the ledger</h1>"))
                .body(containsString("<table>"))
                .body(containsString("<th>title</th><td>Initial plan</td>"))
                .body(containsString("href=\"/sessions/" + V2_SESSION + "\""))
                .body(containsString("related artifact"));
    }

    @Test
    void offersRawAndDownload() {
        given().queryParam("raw", true)
                .get("/files/" + NOTE)
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("| step | owner |"));
        given().queryParam("download", true)
                .get("/files/" + NOTE)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("NOTE-initial_plan-2507201031.md"));
    }

    @Test
    void scriptInMarkdownIsNeutralised() {
        given().get("/files/" + PAYLOAD)
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(not(containsString("<script>window")))
                .body(not(containsString("href=\"javascript:")))
                .body(not(containsString("<img")))
                .body(not(containsString("onerror=\"window")))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void pathsOutsideTheWorkspaceAreNotFound() throws IOException {
        Path outside = Files.createTempFile("secret", ".md");
        Files.writeString(outside, "top secret");
        Path link = FixtureWorkspaceResource.workspace.resolve(
                ".roo/commander/sessions/" + V2_SESSION + "/artifacts/notes/NOTE-link.md");
        Files.createSymbolicLink(link, outside);
        RestAssured.urlEncodingEnabled = false;
        try {
            for (String path : new String[] {
                "../../etc/passwd",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e/%2e%2e/etc/passwd",
                ".roo/commander/sessions/" + V2_SESSION + "/artifacts/notes/NOTE-link.md",
                ".roo/commander/sessions/" + V2_SESSION + "/../../../../etc/passwd",
                "pom.xml"
            }) {
                given().get("/files/" + path).then().statusCode(404).body(not(containsString("top secret")));
            }
        } finally {
            RestAssured.urlEncodingEnabled = true;
            Files.delete(link);
        }
    }

    @Test
    void showsTasksWithLinksBothWays() {
        given().get("/tasks/" + MAIN_TASK)
                .then()
                .statusCode(200)
                .body(containsString("Build the session reader"))
                .body(containsString("href=\"/tasks/" + SUB_TASK + "\""))
                .body(containsString("<progress max=\"4\" value=\"3\">"));
        given().get("/tasks/TASK-NOPE").then().statusCode(404);
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/search"));
        given().get("/q/health/ready").then().statusCode(200);
        given().queryParam("q", "zebra").get("/api/search").then().statusCode(200);
        // the metrics are for admins
        given().redirects().follow(false).get("/q/metrics").then().statusCode(302);
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .get("/q/metrics")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_"))
                .body(containsString("sessionledger_search_seconds_count"))
                .body(containsString("sessionledger_sessions"))
                .body(containsString("sessionledger_index_version"));
    }
}
