package org.sessionledger.web.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sessionledger.testkit.GitRepos.git;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitRepos;
import org.sessionledger.web.testsupport.GitProjectsResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** Projects fed by real git remotes (file://, git daemon, smart HTTP) beside local folders: listing, scoping, writes. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(GitProjectsResource.class)
class GitProjectsTest {

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
    void everyProjectIsListedWithItsStateAndABrokenOneHoldsNoOtherBack() {
        List<Map<String, Object>> projects = given().get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(projects)
                .extracting(p -> p.get("name"))
                .containsExactlyInAnyOrder(
                        "workspace", "team", "rewritten", "daemon", "readonly", "private", "broken", "copy");
        Map<String, Object> team = given().get("/api/projects/team")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(team).containsEntry("kind", "git").containsEntry("title", "The team's repository");
        assertThat(team.toString()).doesNotContain(GitProjectsResource.SECRET);
        assertThat(given().get("/api/projects/private").then().extract().<String>path("status.error"))
                .contains("not authorized")
                .doesNotContain("a-wrong-token");
        assertThat(given().get("/api/projects/broken").then().extract().<String>path("status.state"))
                .isEqualTo("error");
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'index' }.data.'project broken'", containsString("error"))
                .body("checks.find { it.name == 'index' }.data.'project team'", containsString("ready"));
        given().get("/p/broken/").then().statusCode(200);
        given().get("/p/team/sessions/" + V2).then().statusCode(200).body(containsString("BuildLedger"));
    }

    @Test
    void theSameSessionIdInTwoProjectsNeverMixes() {
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "only in the copy: zanzibarquux"))
                .post("/api/projects/copy/sessions/" + V2 + "/entries")
                .then()
                .statusCode(200);
        awaitSearch("copy", "zanzibarquux", 1);
        awaitSearch("workspace", "zanzibarquux", 0);
        given().get("/api/projects/workspace/sessions/" + V2)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("zanzibarquux")));
        given().get("/p/copy/sessions/" + V2).then().statusCode(200).body(containsString("zanzibarquux"));
        given().get("/sessions/" + V2)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("zanzibarquux")));
        // across projects: one hit, in its project, and a project facet
        given().queryParam("q", "zanzibarquux")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("hits[0].project", org.hamcrest.Matchers.equalTo("copy"))
                .body("facets.project[0].value", org.hamcrest.Matchers.equalTo("copy"));
        String page = given().queryParam("q", "zanzibarquux")
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("/p/copy/sessions/" + V2);
        // links, reports and traces of one project name its own pages
        given().get("/p/copy/trace/session/" + V2).then().statusCode(200).body(containsString("/p/copy/"));
        given().get("/p/copy/reports/sessions/" + V2).then().statusCode(200).body(containsString("/p/copy/"));
        given().get("/p/copy/links").then().statusCode(200);
    }

    @Test
    void aWriteOnAGitProjectIsACommitOfTheUserPushedToTheRemote() {
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "written on the server: quokkaprime"))
                .post("/api/projects/team/sessions/" + V2 + "/entries")
                .then()
                .statusCode(200);
        Path remote = GitProjectsResource.teamRemote;
        assertThat(git(remote, "log", "-1", "--format=%an <%ae>|%cn <%ce>|%s", "main"))
                .isEqualTo("Eddie Editor <eddie@example.org>|Ledger Server <ledger@example.org>|log " + V2
                        + ": written on the server: quokkaprime");
        assertThat(git(remote, "show", "main:" + V2_LOG)).contains("quokkaprime");
        awaitSearch("team", "quokkaprime", 1);
        given().get("/p/team/sessions/" + V2)
                .then()
                .statusCode(200)
                .body(containsString("Eddie Editor"))
                .body(containsString(git(remote, "rev-parse", "--short=7", "main")));
        // the log's history: each commit opens the session as of it, with a diff to now
        String before = git(remote, "rev-parse", "main~1");
        given().get("/api/projects/team/sessions/" + V2 + "/history")
                .then()
                .statusCode(200)
                .body("[0].author", org.hamcrest.Matchers.equalTo("Eddie Editor"));
        given().get("/api/projects/team/sessions/" + V2 + "/history/" + before)
                .then()
                .statusCode(200)
                .body("log", org.hamcrest.Matchers.not(containsString("quokkaprime")))
                .body("diff", containsString("+- "))
                .body("diff", containsString("quokkaprime"));
        given().get("/p/team/sessions/" + V2 + "/history/" + before)
                .then()
                .statusCode(200)
                .body(containsString("read-only"));
        given().get("/p/team/sessions/" + V2 + "/history/0000000").then().statusCode(404);
    }

    @Test
    void aWriteBesideAPushFromElsewhereIsRebasedWhenTheLinesDifferAnd409WhenTheyCollide() throws Exception {
        Path remote = GitProjectsResource.teamRemote;
        Path agent = otherMachine(remote, "agent");
        pushAppend(agent, V8_LOG, "- [2025-11-20 11:00:00] `docs` meanwhile elsewhere", "Meanwhile");
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "rebased on the remote"))
                .post("/api/projects/team/sessions/" + V2 + "/entries")
                .then()
                .statusCode(200);
        assertThat(git(remote, "log", "-2", "--format=%s", "main").lines())
                .containsExactly("log " + V2 + ": rebased on the remote", "Meanwhile");

        git(agent, "pull", "-q", "--rebase", "origin", "main");
        Path log = agent.resolve(V2_LOG);
        Files.writeString(log, Files.readString(log).replaceFirst("(?m)^status = .*$", "status = \"⚪ Completed\""));
        GitRepos.commitAll(agent, "Completed elsewhere", "Agent Elsewhere", "agent@example.org");
        git(agent, "push", "-q", "origin", "main");
        String head = git(remote, "rev-parse", "main");
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "lunch"))
                .post("/api/projects/team/sessions/" + V2 + "/pause")
                .then()
                .statusCode(409)
                .body("detail", containsString("Completed elsewhere"));
        assertThat(git(remote, "rev-parse", "main")).isEqualTo(head);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/projects/team/sessions/" + V2)
                        .then()
                        .body("summary.statusText", containsString("Completed")));
    }

    @Test
    void aReadOnlyProjectRefusesWritesWithAClearMessage() {
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "refused"))
                .post("/api/projects/readonly/sessions/" + V2 + "/entries")
                .then()
                .statusCode(409)
                .body("detail", containsString("read-only"));
    }

    @Test
    void unknownProjectsAreNotFoundAndTheDefaultProjectKeepsItsRoutes() {
        given().get("/p/nope/").then().statusCode(404);
        given().get("/p/NOPE/sessions").then().statusCode(404);
        given().get("/api/projects/nope/sessions").then().statusCode(404).contentType("application/problem+json");
        given().get("/").then().statusCode(200);
        given().get("/api/sessions/" + V2).then().statusCode(200);
        given().get("/api/projects/workspace/sessions/" + V2).then().statusCode(200);
    }

    @Test
    void adminsAddChangeAndRemoveProjectsAndEditorsCannot() throws Exception {
        Path folder = Files.createDirectories(machines.resolve("added"));
        org.sessionledger.fs.read.ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), folder);
        Map<String, Object> body = Map.of("name", "added", "title", "Added", "path", folder.toString());
        given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("hookSecret", org.hamcrest.Matchers.notNullValue());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .preemptive()
                        .basic("admin", "admin")
                        .get("/api/projects/added/sessions/" + V2)
                        .then()
                        .statusCode(200));
        assertOnlyMembersSee("added");
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed", "path", folder.toString()))
                .put("/api/projects/added")
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Renamed"));
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .put("/api/projects/team")
                .then()
                .statusCode(400);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .delete("/api/projects/added")
                .then()
                .statusCode(204);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/api/projects/added")
                .then()
                .statusCode(404);
        given().get("/p/added/").then().statusCode(404);
        assertThat(folder.resolve(V2_LOG)).exists(); // a folder's files are never removed
    }

    /** A new project is for its members: anonymous visitors neither read it nor see it listed. */
    private static void assertOnlyMembersSee(String project) {
        given().get("/api/projects/" + project + "/sessions/" + V2).then().statusCode(401);
        assertThat(given().get("/api/projects").then().extract().<List<String>>path("name"))
                .doesNotContain(project);
        assertThat(given().auth()
                        .preemptive()
                        .basic("admin", "admin")
                        .get("/api/projects")
                        .then()
                        .extract()
                        .<List<String>>path("name"))
                .contains(project);
    }
}
