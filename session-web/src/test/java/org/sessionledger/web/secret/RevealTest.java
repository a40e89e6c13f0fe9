package org.sessionledger.web.secret;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sessionledger.testkit.FakeSecrets;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * A maintainer reveals one masked credential for a stated reason: others may not, a reason is required, the answer is
 * not cached, and the read record keeps who, which and why — never the value.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class RevealTest {

    private static final String LOG = ".roo/commander/sessions/" + FixtureNames.V2_SESSION + "/session_log.md";

    @Test
    void aMaintainerRevealsOneFindingForAReasonAndTheReadRecordKeepsItWithoutTheValue() throws IOException {
        Ready.awaitIndexed();
        FakeSecrets.Fake fake = FakeSecrets.generate(7, 1).stream()
                .filter(f -> f.kind().equals("github-token"))
                .findFirst()
                .orElseThrow();
        Files.writeString(
                FixtureWorkspaceResource.workspace.resolve(LOG),
                "- [2026-01-03 00:00:00] `ops`: " + fake.line() + "\n",
                StandardOpenOption.APPEND);
        String fingerprint = fingerprintOf(fake);
        // a search with a NUL is recorded too, and keeps no later read from being recorded
        admin().urlEncodingEnabled(false).get("/api/search?q=a%00b").then().statusCode(200);
        Map<String, String> body =
                Map.of("file", LOG, "fingerprint", fingerprint, "reason", "rotating it in the vault");

        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/secrets/reveal")
                .then()
                .statusCode(403);
        admin().contentType(ContentType.JSON)
                .body(Map.of("file", LOG, "fingerprint", fingerprint))
                .post("/api/secrets/reveal")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        admin().contentType(ContentType.JSON)
                .body(Map.of("file", LOG, "fingerprint", "0123456789ab", "reason", "x y z w v"))
                .post("/api/secrets/reveal")
                .then()
                .statusCode(404);

        Response revealed = admin().contentType(ContentType.JSON).body(body).post("/api/secrets/reveal");
        revealed.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(revealed.jsonPath().getString("value")).isEqualTo(fake.value());
        assertThat(revealed.jsonPath().getString("kind")).isEqualTo("github-token");

        String reads = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> admin().queryParam("user", "admin")
                                .get("/admin/reads/export.csv")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        csv -> csv.contains("rotating it in the vault"));
        List<String> lines = reads.lines().filter(l -> l.contains("reveal")).toList();
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).contains("admin").contains(fingerprint).contains(LOG));
        assertThat(reads).doesNotContain(fake.value()).contains("q=a\u2400b");
        assertThat(admin().get("/reports/audit").then().extract().asString()).doesNotContain(fake.value());
        // the findings page offers the reveal form, and still shows only the mask
        String page = admin().get("/secrets").then().statusCode(200).extract().asString();
        assertThat(page).contains("/secrets/reveal").contains(fingerprint).doesNotContain(fake.value());
    }

    /** The fingerprint the findings list gives the credential, once the reader has seen it. */
    private static String fingerprintOf(FakeSecrets.Fake fake) {
        String last4 = fake.value().substring(fake.value().length() - 4);
        Map<String, Object> finding = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> admin()
                                .get("/api/secrets")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .<Map<String, Object>>getList("$")
                                .stream()
                                .filter(f -> last4.equals(f.get("last4")) && LOG.equals(f.get("file")))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        return (String) finding.get("fingerprint");
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin");
    }
}
