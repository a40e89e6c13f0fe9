package org.sessionledger.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/**
 * Paging and depth parameters are whole numbers in a range: anything else is a 400 (a problem document under
 * {@code /api}, the error page elsewhere) before any work, and no search collects more than 10,000 hits for a page.
 */
@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class PagingLimitsTest {

    private static final String[] NOT_NUMBERS = {"abc", "-1", "0", "1.5", "2147483648", "99999999999999999999"};

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void searchPagesStopAtTenThousandHits() {
        given().queryParam("q", "model")
                .queryParam("page", 500)
                .get("/api/search")
                .then()
                .statusCode(200);
        given().queryParam("q", "model")
                .queryParam("size", 100)
                .queryParam("page", 100)
                .get("/api/search")
                .then()
                .statusCode(200);
        apiRefuses("/api/search?q=model&page=501", "page");
        apiRefuses("/api/search?q=model&size=100&page=101", "page");
        apiRefuses("/api/search?q=model&size=101", "size");
        apiRefuses("/api/search?q=model&page=100000000", "page");
        for (String bad : NOT_NUMBERS) {
            apiRefuses("/api/search?q=model&page=" + bad, "page");
            apiRefuses("/api/search?q=model&size=" + bad, "size");
            pageRefuses("/search?q=model&page=" + bad);
        }
        pageRefuses("/search?q=model&page=100000000");
    }

    @Test
    void theSessionListTakesOnlyPagesAndSizesInRange() {
        given().queryParam("size", 200)
                .queryParam("page", 100000000)
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("page", equalTo(1));
        apiRefuses("/api/sessions?size=201", "size");
        for (String bad : NOT_NUMBERS) {
            apiRefuses("/api/sessions?page=" + bad, "page");
            apiRefuses("/api/sessions?size=" + bad, "size");
            pageRefuses("/?page=" + bad);
            pageRefuses("/?size=" + bad);
        }
    }

    @Test
    void traceDepthIsOneToFourHops() {
        given().queryParam("hops", 4)
                .get("/api/trace/session/" + V2_SESSION)
                .then()
                .statusCode(200);
        for (String bad : new String[] {"abc", "0", "5", "-1", "2147483648"}) {
            apiRefuses("/api/trace/session/" + V2_SESSION + "?hops=" + bad, "hops");
            pageRefuses("/trace/session/" + V2_SESSION + "?hops=" + bad);
        }
    }

    private static void apiRefuses(String url, String parameter) {
        given().urlEncodingEnabled(false)
                .get(url)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("'" + parameter + "'"));
    }

    private static void pageRefuses(String url) {
        given().urlEncodingEnabled(false).get(url).then().statusCode(400).contentType(startsWith("text/html"));
    }
}
