package org.sessionledger.web.artifact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.template.TemplateExtensions;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.workspace.WorkspaceService;

/** Names that are legal on Linux but odd elsewhere (a backslash, quotes, a percent sign) break no page. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class HostileFileNamesTest {

    @Inject
    WorkspaceService workspace;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aBackslashInAFileNameBreaksNoPage() throws IOException {
        String id = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Odd file names"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        String dir = workspace.session(id).orElseThrow().directory();
        writeOddFiles(id, dir);
        List<String> failures = new ArrayList<>();
        for (String url : urls(id, dir)) {
            int status = given().urlEncodingEnabled(false).get(url).statusCode();
            if (status >= 500) {
                failures.add(status + " " + url);
            }
        }
        assertThat(failures).isEmpty();
        // on Linux a backslash is part of a name: the note and the task are there like any other file
        assertThat(given().urlEncodingEnabled(false)
                        .get("/files/"
                                + TemplateExtensions.path(dir + "/artifacts/notes/NOTE-back\\slash-2507201031.md"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("backslashed words");
        assertThat(given().urlEncodingEnabled(false)
                        .get("/files/" + TemplateExtensions.path(".ruru/tasks/ODD/TASK-a\\b.md"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("Odd");
        assertThat(given().get("/api/sessions/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("NOTE-back\\\\slash-2507201031.md");
    }

    private void writeOddFiles(String id, String dir) throws IOException {
        Path notes = Files.createDirectories(
                FixtureWorkspaceResource.workspace.resolve(dir).resolve("artifacts/notes"));
        Files.writeString(notes.resolve("NOTE-back\\slash-2507201031.md"), "# Back\\slash\n\nbackslashed words\n");
        Files.writeString(notes.resolve("NOTE-100%\"quoted\"-2507201031.md"), "# Quoted\n\nquoted words\n");
        Path tasks = Files.createDirectories(FixtureWorkspaceResource.workspace.resolve(".ruru/tasks/ODD"));
        Files.writeString(tasks.resolve("TASK-a\\b.md"), "+++\nid = \"TASK-a\\\\b\"\ntitle = \"Odd\"\n+++\nbody\n");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> workspace.session(id).orElseThrow().artifacts().stream()
                                .anyMatch(a -> a.title().contains("slash"))
                        && workspace.current().task("TASK-a\\b").isPresent());
    }

    private List<String> urls(String id, String dir) {
        List<String> urls = new ArrayList<>(List.of(
                "/sessions/" + id,
                "/api/sessions/" + id,
                "/api/sessions",
                "/",
                "/api/search?q=backslashed",
                "/search?q=backslashed",
                "/api/search?q=quoted",
                "/search?q=quoted",
                "/links",
                "/api/links/broken",
                "/api/diagnostics",
                "/reports/sessions/" + id,
                "/reports/sessions/" + id + "/export.md",
                "/reports/sessions/" + id + "/export.pdf",
                "/trace/session/" + id,
                "/api/trace/session/" + id));
        workspace.session(id).orElseThrow().artifacts().forEach(a -> {
            String path = TemplateExtensions.path(dir + "/" + a.path());
            urls.addAll(List.of(
                    "/files/" + path,
                    "/files/" + path + "?raw=true",
                    "/files/" + path + "?download=true",
                    "/trace/file/" + path,
                    "/api/trace/file/" + path));
        });
        urls.addAll(List.of(
                "/files/" + TemplateExtensions.path(dir + "/artifacts/notes/NOTE-back\\slash-2507201031.md"),
                "/tasks/" + TemplateExtensions.segment("TASK-a\\b"),
                "/files/" + TemplateExtensions.path(".ruru/tasks/ODD/TASK-a\\b.md"),
                "/api/trace/task/" + TemplateExtensions.segment("TASK-a\\b")));
        return urls;
    }
}
