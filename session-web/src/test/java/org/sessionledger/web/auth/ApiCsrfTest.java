package org.sessionledger.web.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * CSRF on the JSON API: a write carried by the login cookie needs that login's token in X-CSRF-Token and must come
 * from our own pages (not another site, nor another port of this host); HTTP Basic needs neither.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class ApiCsrfTest {

    private static final String ENTRIES = "/api/sessions/" + V2_SESSION + "/entries";
    private static final Path LOG = Path.of(".roo/commander/sessions/" + V2_SESSION + "/session_log.md");

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aCookieWriteWithoutAContentTypeOrTokenIsRefused() throws Exception {
        Login login = FormLogin.login("editor", "editor");
        // what fetch(url, {method:'POST', mode:'no-cors', credentials:'include', body: new Blob([...])}) sends
        HttpResponse<String> blob = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + ENTRIES))
                                .header("Cookie", COOKIE + "=" + login.cookie())
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"a blob without a type\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(blob.statusCode()).isEqualTo(403);
        assertThat(blob.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        refused(given().cookie(COOKIE, login.cookie())
                .contentType(ContentType.TEXT)
                .body("{\"text\":\"plain text\"}")
                .post(ENTRIES));
        refused(given().cookie(COOKIE, login.cookie())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "json without the header"))
                .post(ENTRIES));
        assertThat(log()).doesNotContain("a blob without a type", "plain text", "json without the header");
    }

    @Test
    void theTokenMustBeThisLoginsAndTheRequestOurOwn() throws IOException {
        Login editor = FormLogin.login("editor", "editor");
        Login admin = FormLogin.login("admin", "admin");
        assertThat(editor.apiToken()).isNotBlank().isNotEqualTo(admin.apiToken());
        refused(cookieWrite(editor, admin.apiToken(), Map.of(), "another login's token"));
        refused(cookieWrite(editor, editor.apiToken(), Map.of("Origin", "http://localhost:1"), "foreign origin"));
        refused(cookieWrite(editor, editor.apiToken(), Map.of("Sec-Fetch-Site", "same-site"), "another port"));
        assertThat(log()).doesNotContain("another login's token", "foreign origin", "another port");

        cookieWrite(editor, editor.apiToken(), Map.of("Sec-Fetch-Site", "same-origin"), "from our own page")
                .then()
                .statusCode(200);
        String origin = base.toString().replaceAll("/$", "");
        cookieWrite(editor, editor.apiToken(), Map.of("Origin", origin), "with our own origin")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "basic needs no token"))
                .post(ENTRIES)
                .then()
                .statusCode(200);
        assertThat(log()).contains("from our own page", "with our own origin", "basic needs no token");
    }

    private static Response cookieWrite(Login login, String token, Map<String, String> headers, String text) {
        return given().cookie(COOKIE, login.cookie())
                .header("X-CSRF-Token", token == null ? "none" : token)
                .headers(headers)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post(ENTRIES);
    }

    private static void refused(Response response) {
        response.then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("detail", not(equalTo(null)));
    }

    private static String log() throws IOException {
        return Files.readString(FixtureWorkspaceResource.workspace.resolve(LOG));
    }
}
