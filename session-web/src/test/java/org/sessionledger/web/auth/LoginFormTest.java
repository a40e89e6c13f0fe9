package org.sessionledger.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;
import static org.sessionledger.web.testsupport.FormLogin.cookieAttributes;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.FormLogin;
import org.sessionledger.web.testsupport.WritesProfile;

/** The login form: what its cookie allows. */
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
}
