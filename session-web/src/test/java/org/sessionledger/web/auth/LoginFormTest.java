package org.sessionledger.web.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;
import static org.sessionledger.web.testsupport.FormLogin.cookieAttributes;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.FormLogin;
import org.sessionledger.web.testsupport.WritesProfile;

/** The login form: what its cookie allows, and that only our own login page can post it (no login CSRF). */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class LoginFormTest {

    @Test
    void theLoginCookieIsHiddenFromScriptsAndOtherSites() {
        Response plain = FormLogin.post("viewer", "viewer", Map.of());
        assertThat(plain.statusCode()).isEqualTo(302);
        List<String> attributes = cookieAttributes(plain, COOKIE).orElseThrow();
        assertThat(attributes).contains("httponly", "samesite=strict", "path=/").doesNotContain("secure");
    }

    @Test
    void theLoginCookieIsSecureBehindATlsProxy() {
        Response proxied = FormLogin.post("viewer", "viewer", Map.of("X-Forwarded-Proto", "https"));
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(cookieAttributes(proxied, COOKIE).orElseThrow()).contains("secure", "httponly", "samesite=strict");
    }

    @Test
    void aLoginReturnsToThePageThatNeededIt() {
        Response needsLogin = given().redirects().follow(false).get("/reports/audit?user=editor");
        assertThat(needsLogin.statusCode()).isEqualTo(302);
        assertThat(needsLogin.getHeader("Location")).endsWith("/login.html");
        String back = needsLogin.getCookie("ledger-login-return");
        assertThat(back).isNotBlank();
        Response login = FormLogin.post("viewer", "viewer", Map.of(), Map.of("ledger-login-return", back));
        assertThat(login.getHeader("Location")).isEqualTo("/reports/audit?user=editor");

        Response elsewhere =
                FormLogin.post("viewer", "viewer", Map.of(), Map.of("ledger-login-return", "%2F%2Fevil.example%2F"));
        assertThat(elsewhere.getHeader("Location")).isEqualTo("/");
    }

    @Test
    void aLoginPostWithoutTheLoginPagesTokenIsRefused() {
        Response forged = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", "editor")
                .formParam("j_password", "editor")
                .post("/j_security_check");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.getCookie(COOKIE)).isNull();

        Response page = given().get("/login.html");
        Map<String, String> fields = FormLogin.hiddenFields(page.asString());
        assertThat(fields).isNotEmpty();
        Response tokenWithoutCookie = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParams(fields)
                .formParam("j_username", "editor")
                .formParam("j_password", "editor")
                .post("/j_security_check");
        assertThat(tokenWithoutCookie.statusCode()).isEqualTo(403);
        assertThat(tokenWithoutCookie.getCookie(COOKIE)).isNull();
    }

    @Test
    void aLoginPostFromAnotherSiteIsRefusedEvenWithAToken() {
        Response crossSite = FormLogin.post("editor", "editor", Map.of("Sec-Fetch-Site", "same-site"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.getCookie(COOKIE)).isNull();
        Response foreignOrigin = FormLogin.post("editor", "editor", Map.of("Origin", "http://localhost:1"));
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);

        Response genuine = FormLogin.post("editor", "editor", Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.getHeader("Location")).endsWith("/");
        assertThat(genuine.getCookie(COOKIE)).isNotBlank();
    }
}
