package org.sessionledger.web.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.FormLogin;
import org.sessionledger.web.testsupport.FormLogin.Login;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** Logging out ends the login on the server: a cookie copied before the logout is worth nothing after it. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class LogoutTest {

    private static final Path LOG = Path.of(".roo/commander/sessions/" + V2_SESSION + "/session_log.md");

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aCookieCapturedBeforeLogoutNoLongerWrites() throws IOException {
        Login login = FormLogin.login("editor", "editor");
        assertThat(apiWrite(login, "written before the logout").statusCode()).isEqualTo(200);

        Response logout = given().redirects()
                .follow(false)
                .cookies(login.cookies())
                .contentType(ContentType.URLENC)
                .formParams(login.formFields())
                .post("/logout");
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(FormLogin.cookieAttributes(logout, COOKIE).orElseThrow()).contains("max-age=0");

        Response replayed = apiWrite(login, "replayed after the logout");
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.contentType()).startsWith("application/problem+json");

        Response formReplay = given().redirects()
                .follow(false)
                .cookies(login.cookies())
                .contentType(ContentType.URLENC)
                .formParams(login.formFields())
                .formParam("action", "log")
                .formParam("text", "replayed form after the logout")
                .post("/sessions/" + V2_SESSION + "/actions");
        assertThat(formReplay.statusCode()).isIn(302, 401, 403);
        assertThat(Files.readString(FixtureWorkspaceResource.workspace.resolve(LOG)))
                .contains("written before the logout")
                .doesNotContain("replayed after the logout")
                .doesNotContain("replayed form after the logout");
    }

    @Test
    void aGetOfTheLogoutAddressOnlyOffersTheForm() {
        Login login = FormLogin.login("editor", "editor");
        Response get =
                given().redirects().follow(false).cookies(login.cookies()).get("/logout");
        assertThat(get.statusCode()).isIn(200, 405);
        assertThat(get.getHeaders().getValues("Set-Cookie")).noneMatch(c -> c.startsWith(COOKIE + "="));
        if (get.statusCode() == 200) {
            assertThat(get.asString()).contains("<form method=\"post\" action=\"/logout\"");
        }
        assertThat(apiWrite(login, "still logged in after a GET of /logout").statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyPageOffersTheLogoutFormToALoggedInUser() {
        Login login = FormLogin.login("viewer", "viewer");
        String html = given().cookies(login.cookies()).get("/search").asString();
        assertThat(html).contains("<form method=\"post\" action=\"/logout\"").contains("name=\"csrf-token\"");
        assertThat(given().get("/search").asString()).doesNotContain("action=\"/logout\"");
    }

    private static Response apiWrite(Login login, String text) {
        RequestSpecification spec = given().cookie(COOKIE, login.cookie()).contentType(ContentType.JSON);
        if (login.apiToken() != null) {
            spec = spec.header("X-CSRF-Token", login.apiToken());
        }
        return spec.body(Map.of("text", text)).post("/api/sessions/" + V2_SESSION + "/entries");
    }
}
