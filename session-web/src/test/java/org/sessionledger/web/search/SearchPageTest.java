package org.sessionledger.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class SearchPageTest {

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void anEmptySearchExplainsTheSyntax() {
        given().get("/search")
                .then()
                .statusCode(200)
                .body(containsString("Type a query"))
                .body(containsString("fuzzy~"));
    }

    @Test
    void aPhraseFindsTheEntryWithAHighlightAndAPermalink() {
        given().queryParam("q", "\"ledger tests green\"")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("1 results"))
                .body(containsString("parser done, <mark>ledger tests green</mark>."))
                .body(containsString("href=\"/sessions/" + FixtureNames.V2_SESSION + "#L"));
    }

    @Test
    void facetsCountAndFilterAndLiveInTheUrl() {
        given().queryParam("q", "notes OR note OR review")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("data-facet=\"kind=artifact\""));
        // the active filter's link takes it off again
        given().queryParam("q", "review")
                .queryParam("kind", "artifact")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/search?q=review\" class=\"active\" data-facet=\"kind=artifact\">"));
        given().queryParam("q", "review")
                .queryParam("kind", "artifact")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0))
                .body("hits.kind", everyItem(equalTo("artifact")))
                .body("facets.kind[0].value", equalTo("artifact"));
    }

    @Test
    void textThatIsNoQuerySyntaxIsSearchedLiterallyWithANote() {
        for (String query : new String[] {"\"unclosed", "feature/vsa-migration", "[2025-05-09 15:38:38]", "a/b", "("}) {
            given().queryParam("q", query)
                    .get("/search")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("searched literally"))
                    .body(not(containsString("Exception")));
        }
        given().queryParam("q", "(broken")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("note", equalTo("searched literally"));
        given().queryParam("q", "review OR zebra")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("note", equalTo(""));
        given().queryParam("q", "x")
                .queryParam("from", "yesterday")
                .get("/search")
                .then()
                .statusCode(400);
    }

    @Test
    void groupsMatchesBySessionWithALinkToTheHitsOfEach() {
        given().queryParam("q", "ledger")
                .queryParam("group", "session")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("with matches"))
                .body(containsString("data-session=\"SESSION-BuildLedger-20250720-103000\""))
                .body(containsString("session=SESSION-BuildLedger-20250720-103000"));
        given().queryParam("q", "ledger")
                .queryParam("group", "session")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("sessionTotal", greaterThan(0))
                .body("sessions.session", hasItem("SESSION-BuildLedger-20250720-103000"));
        given().queryParam("q", "ledger")
                .queryParam("session", "SESSION-BuildLedger-20250720-103000")
                .get("/api/search")
                .then()
                .statusCode(200)
                // the session's own documents, and the tasks linked to it
                .body(
                        "hits.findAll { it.kind != 'task' }.session",
                        everyItem(equalTo("SESSION-BuildLedger-20250720-103000")));
        // the sub-task names no session itself: it is the session's through related_tasks and its parent
        given().queryParam("q", "conformance")
                .queryParam("session", "SESSION-BuildLedger-20250720-103000")
                .queryParam("kind", "task")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits.task", hasItem(FixtureNames.SUB_TASK));
        given().queryParam("q", "conformance")
                .queryParam("group", "session")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("sessions.session", hasItem("SESSION-BuildLedger-20250720-103000"));
    }

    @Test
    void aHitInsideAnEntryLinksToTheLineOfTheMatchingText() {
        given().queryParam("q", "\"YAML front matter\"")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("/sessions/SESSION-BuildLedger-20250720-103000#L34"));
        given().get("/sessions/SESSION-BuildLedger-20250720-103000")
                .then()
                .statusCode(200)
                .body(containsString("id=\"L34\""))
                .body(containsString("id=\"L31\""));
    }

    @Test
    void searchResultsNeverCarryScript() {
        given().queryParam("q", "payload OR xss")
                .get("/search")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>window")))
                .body(not(containsString("onerror=\"")));
    }
}
