package org.sessionledger.web.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.WritesProfile;

/** Personal access tokens: shown once, stored hashed, limited by scope, project and expiry, revocable, last use kept. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class TokenTest {

    @Inject
    TokenStore store;

    @Test
    void aReadTokenReadsButDoesNotWriteAndAWriteTokenWrites() {
        String read = create("editor", "reader", "read", List.of());
        bearer(read).get("/api/sessions/" + V2_SESSION).then().statusCode(200);
        entry(read, "not with a read token").then().statusCode(403);
        String write = create("editor", "writer", "write", List.of());
        entry(write, "written with a token").then().statusCode(200).body("sessionId", equalTo(V2_SESSION));
        // a token is no more than its user: a viewer's write token cannot write
        String viewers = create("viewer", "viewer's", "write", List.of());
        entry(viewers, "no").then().statusCode(403);
    }

    @Test
    void theValueIsShownOnceAndStoredOnlyAsAHash() {
        String value = create("editor", "listed", "read", List.of());
        String listing = basic("editor")
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listing).contains("\"listed\"").doesNotContain(value);
        assertThat(store.byValue(value)).isPresent();
        assertThat(TokenStore.hash(value)).hasSize(64).isNotEqualTo(value);
        // only the owner sees it
        assertThat(basic("viewer").get("/api/tokens").asString()).doesNotContain("\"listed\"");
    }

    @Test
    void projectsLimitAToken() {
        basic("editor")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "elsewhere", "scope", "read", "projects", List.of("another-project")))
                .post("/api/tokens")
                .then()
                .statusCode(400);
        String current = create("editor", "here", "read", List.of("workspace"));
        bearer(current).get("/api/sessions").then().statusCode(200);
        TokenStore.Created other = store.create("editor", "other", "write", List.of("another"), Optional.empty());
        // the fixture project is public, so the token reads what anyone may; but its user's role does not come along
        entry(other.value(), "not for this project").then().statusCode(403);
    }

    @Test
    void expiredRevokedAndUnknownTokensAreRefused() {
        TokenStore.Created expired = store.create(
                "editor", "old", "read", List.of(), Optional.of(Instant.now().minusSeconds(5)));
        bearer(expired.value()).get("/api/sessions").then().statusCode(401);
        basic("editor")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "past", "scope", "read", "expires", "2020-01-01T00:00:00Z"))
                .post("/api/tokens")
                .then()
                .statusCode(400);
        bearer("sl_" + "x".repeat(43)).get("/api/sessions").then().statusCode(401);
        bearer("garbage").get("/api/sessions").then().statusCode(401);

        String value = create("editor", "revoked", "read", List.of());
        long id = store.byValue(value).orElseThrow().id();
        bearer(value).get("/api/sessions").then().statusCode(200);
        basic("viewer").delete("/api/tokens/" + id).then().statusCode(404);
        basic("editor").delete("/api/tokens/" + id).then().statusCode(204);
        bearer(value).get("/api/sessions").then().statusCode(401);
    }

    @Test
    void theLastUseIsRecorded() {
        String value = create("editor", "used", "read", List.of("workspace"));
        assertThat(store.byValue(value).orElseThrow().lastUsed()).isEmpty();
        bearer(value).get("/api/sessions").then().statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> store.byValue(value).orElseThrow().lastUsed().isPresent());
        basic("editor").get("/api/tokens").then().body("find { it.name == 'used' }.lastUsed", notNullValue());
    }

    private static String create(String user, String name, String scope, List<String> projects) {
        return basic(user)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "scope", scope, "projects", projects, "expires", "30"))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("token", startsWith(TokenStore.PREFIX))
                .body("details.scope", equalTo(scope))
                .extract()
                .path("token");
    }

    private static io.restassured.response.Response entry(String token, String text) {
        return bearer(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/sessions/" + V2_SESSION + "/entries");
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, user);
    }
}
