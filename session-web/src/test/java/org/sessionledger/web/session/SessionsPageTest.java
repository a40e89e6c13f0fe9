package org.sessionledger.web.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;

@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class SessionsPageTest {

    @org.junit.jupiter.api.BeforeEach
    void ready() {
        org.sessionledger.web.testsupport.Ready.awaitIndexed();
    }

    @Test
    void listsEverySessionWithStatusAndCounts() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Build the ledger prototype"))
                .body(containsString("Review the documentation set"))
                .body(containsString("href=\"/sessions/" + V2_SESSION + "\""))
                .body(containsString("🟢 Active"));
    }

    @Test
    void filtersLiveInTheUrl() {
        given().queryParam("status", "completed")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Review the documentation set"))
                .body(not(containsString("Build the ledger prototype")));
        given().queryParam("tag", "ledger")
                .when()
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("rows[0].id", equalTo(V2_SESSION));
        given().queryParam("from", "2025-07-01")
                .queryParam("to", "2025-07-31")
                .when()
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("rows.id", org.hamcrest.Matchers.contains(V2_SESSION));
        given().queryParam("q", "zzz-nothing")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("No sessions match these filters"));
    }

    @Test
    void pagesKeepTheirFilters() {
        given().queryParam("size", 3)
                .queryParam("sort", "title")
                .queryParam("dir", "asc")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Page 1 of 3"))
                .body(containsString("href=\"/?page=2&amp;sort=title&amp;dir=asc&amp;size=3\""));
        given().queryParam("size", 3)
                .queryParam("page", 3)
                .when()
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("page", equalTo(3))
                .body("rows.size()", equalTo(1));
    }

    @Test
    void aBadFilterIsAClearErrorNotACrash() {
        given().queryParam("status", "sleeping")
                .when()
                .get("/")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Unknown status"));
        given().queryParam("sort", "nope")
                .when()
                .get("/api/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("Unknown sort"));
    }

    @Test
    void showsASessionWithTimelineArtifactsTasksAndDiagnostics() {
        given().when()
                .get("/sessions/" + V2_SESSION)
                .then()
                .statusCode(200)
                .body(containsString("Session initiated by"))
                .body(containsString("artifacts/design_outputs/LEDGER/DESIGN-schema-2507201100.md"))
                .body(containsString(MAIN_TASK))
                .body(containsString("No problems found"));
        given().when()
                .get("/sessions/" + BROKEN_TOML_SESSION)
                .then()
                .statusCode(200)
                .body(containsString("Unknown status"))
                .body(containsString("no task file defines this id"));
    }

    @Test
    void escapesWhatTheFilesSay() {
        given().when()
                .get("/sessions/" + XSS_SESSION)
                .then()
                .statusCode(200)
                .body(not(containsString("<script>window.__xss")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void unknownSessionsAre404PagesAndProblems() {
        given().when()
                .get("/sessions/SESSION-Nope")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("No session named"));
        given().when()
                .get("/api/sessions/SESSION-Nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body(not(containsString("Exception")));
    }

    @Test
    void apiMirrorsThePages() {
        given().queryParam("sort", "title")
                .queryParam("dir", "asc")
                .when()
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("rows[0].title", equalTo("Broken front matter"))
                .body("coordinators", hasItems("prime-coordinator", "roo-commander"));
        given().when()
                .get("/api/sessions/" + V2_SESSION)
                .then()
                .statusCode(200)
                .body("summary.coordinator", equalTo("roo-commander"))
                .body("entries.size()", equalTo(7))
                .body("tasks[0].done", equalTo(3));
    }
}
