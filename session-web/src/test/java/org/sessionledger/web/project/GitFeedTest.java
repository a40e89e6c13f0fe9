package org.sessionledger.web.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.GitRepos.git;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitRepos;
import org.sessionledger.web.testsupport.GitProjectsResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** How git projects follow their remotes: the push webhook, fetches on an interval, rewritten history. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(GitProjectsResource.class)
class GitFeedTest {

    private static final String V2 = FixtureNames.V2_SESSION;
    private static final String V2_LOG = ".roo/commander/sessions/" + V2 + "/session_log.md";
    private static final String V8_LOG = ".mdtm/sessions/" + FixtureNames.V8_SESSION + "/session_log.md";

    @TempDir
    Path machines;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    private static void awaitSearch(String project, String word, int hits) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().queryParam("q", word)
                        .get("/api/projects/" + project + "/search")
                        .then()
                        .statusCode(200)
                        .body("total", org.hamcrest.Matchers.equalTo(hits)));
    }

    private Path otherMachine(Path remote, String name) {
        return GitRepos.cloneOf(remote.toUri().toString(), machines.resolve(name));
    }

    private static void pushAppend(Path clone, String log, String line, String message) {
        GitRepos.append(clone.resolve(log), line + "\n");
        GitRepos.commitAll(clone, message, "Agent Elsewhere", "agent@example.org");
        git(clone, "push", "-q", "origin", "main");
    }

    @Test
    void aPushReachesSearchThroughTheWebhookAndOnlyTheChangedSessionIsRead() throws Exception {
        Path lee = otherMachine(GitProjectsResource.teamRemote, "lee");
        pushAppend(lee, V8_LOG, "- [2025-11-20 10:00:00] `docs` pushed elsewhere: wombatzulu", "Lee's entry");
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().header("X-Hub-Signature-256", "sha256=" + PushHookResource.hmac(GitProjectsResource.SECRET, body))
                .header("X-GitHub-Event", "push")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/team/hooks/push")
                .then()
                .statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("fetching"));
        awaitSearch("team", "wombatzulu", 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(given().get("/api/projects/team/index/progress")
                                .then()
                                .extract()
                                .<Integer>path("unitsRead"))
                        .isEqualTo(1));
        awaitSearch("workspace", "wombatzulu", 0);
    }

    @Test
    void aCredentialPushedToAProjectIsListedThereWithItsCommitAndNowhereElse() {
        var fake = org.sessionledger.testkit.FakeSecrets.generate(21, 1).stream()
                .filter(f -> f.kind().equals("github-token"))
                .findFirst()
                .orElseThrow();
        Path kim = otherMachine(GitProjectsResource.teamRemote, "kim");
        pushAppend(kim, V2_LOG, "- [2025-11-21 09:00:00] `ops` the deploy token is " + fake.value(), "Kim's token");
        given().header("X-Ledger-Secret", GitProjectsResource.SECRET)
                .contentType("text/plain")
                .post("/api/projects/team/hooks/push")
                .then()
                .statusCode(200);
        String last4 = fake.value().substring(fake.value().length() - 4);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(admin().get("/api/projects/team/secrets")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .<java.util.Map<String, Object>>getList("$"))
                        .anySatisfy(f -> {
                            assertThat(f.get("file")).isEqualTo(V2_LOG);
                            assertThat(f.get("kind")).isEqualTo("github-token");
                            assertThat(f.get("last4")).isEqualTo(last4);
                            assertThat(f.get("project")).isEqualTo("team");
                            assertThat((String) f.get("author")).contains("agent@example.org");
                            assertThat((String) f.get("commit")).hasSize(7);
                        }));
        // the same file of the other projects holds no credential: their lists do not show this one
        for (String other : java.util.List.of("workspace", "copy")) {
            assertThat(admin().get("/api/projects/" + other + "/secrets")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .doesNotContain(last4 + "\"");
        }
        assertThat(admin().get("/api/projects/team/secrets").then().extract().asString())
                .doesNotContain(fake.value());
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin");
    }

    @Test
    void theWebhookTakesGitLabGiteaAndBarePostsAndRefusesAWrongSecret() {
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hook = "/api/projects/team/hooks/push";
        given().header("X-Hub-Signature-256", "sha256=" + PushHookResource.hmac("wrong", body))
                .contentType(ContentType.JSON)
                .body(body)
                .post(hook)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("X-Gitlab-Token", GitProjectsResource.SECRET)
                .header("X-Gitlab-Event", "Push Hook")
                .contentType(ContentType.JSON)
                .body(body)
                .post(hook)
                .then()
                .statusCode(200);
        given().header("X-Gitea-Signature", PushHookResource.hmac(GitProjectsResource.SECRET, body))
                .contentType(ContentType.JSON)
                .body(body)
                .post(hook)
                .then()
                .statusCode(200);
        given().header("X-Ledger-Secret", GitProjectsResource.SECRET)
                .contentType("text/plain")
                .post(hook)
                .then()
                .statusCode(200);
        given().header("X-Ledger-Secret", GitProjectsResource.SECRET)
                .contentType(ContentType.JSON)
                .body("{\"ref\":\"refs/heads/other\"}")
                .post(hook)
                .then()
                .statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("ignored"));
        given().contentType("text/plain")
                .post("/api/projects/workspace/hooks/push")
                .then()
                .statusCode(404);
        given().header("X-Ledger-Secret", "x")
                .contentType("text/plain")
                .post("/api/projects/daemon/hooks/push")
                .then()
                .statusCode(403);
    }

    @Test
    void aProjectOverTheGitProtocolIsFetchedOnItsInterval() {
        Path kim = otherMachine(GitProjectsResource.daemonRemote, "kim");
        pushAppend(kim, V2_LOG, "- [2025-07-21 09:00:00] `dev` over the daemon: narwhalquest", "Kim's entry");
        awaitSearch("daemon", "narwhalquest", 1);
    }

    @Test
    void aForcePushThatRewritesHistoryLeavesNothingStale() {
        Path rewriter = otherMachine(GitProjectsResource.rewrittenRemote, "rewriter");
        git(rewriter, "rm", "-q", "-r", ".roo");
        GitRepos.commitAll(rewriter, "Drop the commander sessions", "R", "r@example.org");
        git(rewriter, "reset", "-q", "--soft", "HEAD~2");
        GitRepos.commitAll(rewriter, "Rewritten", "R", "r@example.org");
        git(rewriter, "push", "-q", "--force", "origin", "main");
        given().header("X-Ledger-Secret", GitProjectsResource.SECRET)
                .contentType("text/plain")
                .post("/api/projects/rewritten/hooks/push")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/projects/rewritten/sessions/" + V2)
                        .then()
                        .statusCode(404));
        given().get("/api/projects/rewritten/sessions/" + FixtureNames.V8_SESSION)
                .then()
                .statusCode(200);
        given().queryParam("q", "ledger")
                .queryParam("session", V2)
                .get("/api/projects/rewritten/search")
                .then()
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }
}
