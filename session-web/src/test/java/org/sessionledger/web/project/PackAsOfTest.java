package org.sessionledger.web.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.GitRepos.git;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitRepos;
import org.sessionledger.web.testsupport.GitProjectsResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * Packs of a git project carry the provenance of their files, and can show a session as of a past time from the
 * history; a folder project, whose past is not kept, says so.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(GitProjectsResource.class)
class PackAsOfTest {

    private static final String V2 = FixtureNames.V2_SESSION;
    private static final String V2_LOG = ".roo/commander/sessions/" + V2 + "/session_log.md";

    @TempDir
    Path machines;

    @Test
    void aPackAsOfATimeHoldsTheFilesOfTheLastCommitBeforeItAndSaysSo() throws Exception {
        Ready.awaitIndexed();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100); // commit times have whole seconds
        Path lee = GitRepos.cloneOf(GitProjectsResource.teamRemote.toUri().toString(), machines.resolve("lee"));
        GitRepos.append(lee.resolve(V2_LOG), "- [2025-11-22 10:00:00] `docs` added later: quokkaline\n");
        GitRepos.commitAll(lee, "Lee's later entry", "Agent Elsewhere", "agent@example.org");
        git(lee, "push", "-q", "origin", "main");
        given().header("X-Ledger-Secret", GitProjectsResource.SECRET)
                .contentType("text/plain")
                .post("/api/projects/team/hooks/push")
                .then()
                .statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> admin().queryParam("q", "quokkaline")
                        .get("/api/projects/team/search")
                        .then()
                        .body("total", org.hamcrest.Matchers.equalTo(1)));

        Map<String, byte[]> now = pack("team", Map.of("sessions", List.of(V2)));
        assertThat(text(now, "files/" + V2_LOG)).contains("quokkaline");
        assertThat(text(now, "provenance.json")).contains(V2_LOG).contains("agent@example.org");
        assertThat(now).containsKey("reports/" + V2 + "/summary.json");

        Map<String, byte[]> then = pack("team", Map.of("sessions", List.of(V2), "asOf", before.toString()));
        assertThat(text(then, "files/" + V2_LOG)).doesNotContain("quokkaline").contains("+++");
        assertThat(text(then, "manifest.json"))
                .contains("\"asOf\" : \"" + before + "\"")
                .contains("\"source\" : \"git\"");
        assertThat(text(then, "provenance.json"))
                .contains("\"session\" : \"" + V2 + "\"")
                .doesNotContain("Lee's");
        assertThat(then).doesNotContainKey("reports/" + V2 + "/summary.json");
    }

    @Test
    void aFolderProjectSaysItsPastIsNotKeptAndABadTimeIsRefused() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of(V2), "asOf", "2025-01-01"))
                .post("/api/projects/copy/packs")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("git project"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("sessions", List.of(V2), "asOf", "yesterday"))
                .post("/api/projects/team/packs")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("asOf"));
    }

    private static Map<String, byte[]> pack(String project, Map<String, Object> body) throws IOException {
        byte[] zip = admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/" + project + "/packs")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertThat(entries).containsKey(name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin");
    }
}
