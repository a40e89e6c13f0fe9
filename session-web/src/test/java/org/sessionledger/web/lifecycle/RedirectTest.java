package org.sessionledger.web.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.RawHttp;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** The forms redirect to a path of this server, whatever Host header the request came with. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class RedirectTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aForgedHostDoesNotReachTheLocation() throws IOException {
        String id = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Redirect home"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        Response page = given().auth().preemptive().basic("editor", "editor").get("/sessions/" + id);
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).isTrue();
        String form = "csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                + "&action=log&text=redirected";
        RawHttp.Reply entry = postForm("/sessions/" + id + "/actions", form, page.getCookie("csrf-token"));
        assertThat(entry.status()).isEqualTo(303);
        assertThat(entry.header("location")).isEqualTo("/sessions/" + id);

        String start = "csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&goal=Elsewhere";
        RawHttp.Reply started = postForm("/sessions", start, page.getCookie("csrf-token"));
        assertThat(started.status()).isEqualTo(303);
        assertThat(started.header("location")).startsWith("/sessions/SESSION-Elsewhere-");
    }

    private static RawHttp.Reply postForm(String path, String form, String csrfCookie) throws IOException {
        String headers = "Host: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\n"
                + "Authorization: Basic "
                + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Cookie: csrf-token=" + csrfCookie + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length + "\r\n";
        return RawHttp.send("POST", path, headers, form);
    }
}
