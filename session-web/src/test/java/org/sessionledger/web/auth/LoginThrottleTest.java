package org.sessionledger.web.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.web.testsupport.FormLogin.COOKIE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.FormLogin;

/**
 * Password guessing: failed logins are counted per user name and per client address (the address a trusted proxy
 * forwards), answered with 429 and Retry-After once over the limit (5 per user, 20 per address), logged, and
 * forgotten after the lockout (3 s in this profile). Each test uses its own user and addresses.
 */
@QuarkusTest
@TestProfile(AuthProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class LoginThrottleTest {

    @Test
    void aBurstOfWrongBasicPasswordsIsCutOffAndLogged() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Response r = basic("editor", "wrong-password-" + i, "198.51.100.1");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                assertThat(Integer.parseInt(r.getHeader("Retry-After"))).isBetween(1, 3);
            }
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429);
        // the right password is refused too while the user is locked, from any address
        assertThat(basic("editor", "editor", "198.51.100.1").statusCode()).isEqualTo(429);
        assertThat(basic("editor", "editor", "198.51.100.2").statusCode()).isEqualTo(429);
        awaitUntil(() -> basic("editor", "editor", "198.51.100.1"), r -> r.statusCode() == 200);

        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(logLines())
                        .anyMatch(
                                l -> l.contains("Failed login") && l.contains("'editor'") && l.contains("198.51.100.1"))
                        .anyMatch(l -> l.contains("WARN") && l.contains("locked") && l.contains("'editor'")));
        assertThat(String.join("\n", logLines())).doesNotContain("wrong-password-");
    }

    @Test
    void aBurstOfWrongFormPasswordsIsCutOff() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.3");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(FormLogin.post("admin", "guess-" + i, from).statusCode());
        }
        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429, 429);
        Response refused = FormLogin.post("admin", "admin", from);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getCookie(COOKIE)).isNull();
        awaitUntil(() -> FormLogin.post("admin", "admin", from), r -> r.getCookie(COOKIE) != null);
    }

    @Test
    void oneAddressTryingManyUsersIsCutOff() {
        for (int i = 1; i <= 20; i++) {
            assertThat(basic("nobody-" + i, "x", "198.51.100.9").statusCode()).isEqualTo(401);
        }
        assertThat(basic("viewer", "viewer", "198.51.100.9").statusCode()).isEqualTo(429);
        assertThat(basic("viewer", "viewer", "198.51.100.10").statusCode()).isEqualTo(200);
        awaitUntil(() -> basic("viewer", "viewer", "198.51.100.9"), r -> r.statusCode() == 200);
    }

    private static Response basic(String user, String password, String address) {
        return given().auth()
                .preemptive()
                .basic(user, password)
                .header("X-Forwarded-For", address)
                .get("/account");
    }

    private static void awaitUntil(Supplier<Response> request, Predicate<Response> accepted) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> accepted.test(request.get()));
    }

    private static List<String> logLines() throws IOException {
        return AuthProfile.logLines();
    }
}
