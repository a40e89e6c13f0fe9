package org.sessionledger.web.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.FormLogin;
import org.sessionledger.web.testsupport.FormLogin.Login;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * Missing or insufficient credentials on the API answer problem documents (401 with a Basic challenge, 403), not
 * the login page's redirect; pages still redirect to the login form.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class ApiChallengeTest {

    private static final String ENTRIES = "/api/sessions/" + V2_SESSION + "/entries";

    @Test
    void anonymousApiCallsGetAProblemAndABasicChallengeWhilePagesRedirect() {
        given().redirects()
                .follow(false)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "anonymous"))
                .post(ENTRIES)
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .body("status", equalTo(401))
                .body("instance", equalTo(ENTRIES))
                .body("detail", not(equalTo(null)));
        given().redirects()
                .follow(false)
                .get("/api/audit")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().redirects()
                .follow(false)
                .get("/reports/audit")
                .then()
                .statusCode(302)
                .header("Location", org.hamcrest.Matchers.containsString("/login.html"));
    }

    @Test
    void forbiddenApiCallsGetAProblemDocument() {
        given().auth()
                .preemptive()
                .basic("viewer", "viewer")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "a viewer's entry"))
                .post(ENTRIES)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", not(equalTo(null)));
        Login viewer = FormLogin.login("viewer", "viewer");
        cookieWrite(viewer, viewer.apiToken(), Map.of(), "a viewer's cookie entry")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static Response cookieWrite(Login login, String token, Map<String, String> headers, String text) {
        return given().cookie(COOKIE, login.cookie())
                .header("X-CSRF-Token", token == null ? "none" : token)
                .headers(headers)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post(ENTRIES);
    }
}
