package org.sessionledger.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class TraceAndReportTest {

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void theTraceGraphFollowsTasksSubtasksAndArtifacts() {
        JsonPath graph = given().queryParam("hops", 2)
                .get("/api/trace/session/" + V2_SESSION)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(graph.getList("nodes.data.id", String.class))
                .contains(
                        "session:" + V2_SESSION,
                        "task:" + MAIN_TASK,
                        "task:" + SUB_TASK,
                        "artifact:.roo/commander/sessions/" + V2_SESSION
                                + "/artifacts/notes/NOTE-initial_plan-2507201031.md");
        assertThat(graph.getList("edges.data.type", String.class))
                .contains("related task", "parent task", "related artifact");
        assertThat(graph.getList("nodes.data.findAll { it.id == 'task:" + SUB_TASK + "' }.href", String.class))
                .containsExactly("/tasks/" + SUB_TASK);
        given().get("/trace/session/" + V2_SESSION)
                .then()
                .statusCode(200)
                .body(containsString("<ul class=\"tree\">"))
                .body(containsString("href=\"/tasks/" + MAIN_TASK + "\""))
                .body(containsString("/webjars/cytoscape/"));
        given().queryParam("hops", 9)
                .get("/api/trace/session/" + V2_SESSION)
                .then()
                .statusCode(400);
        given().get("/trace/task/TASK-NOPE").then().statusCode(404);
        given().get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").then().statusCode(200);
    }

    @Test
    void linkHealthListsDanglingTasksAndMissingFiles() {
        given().get("/api/links/broken")
                .then()
                .statusCode(200)
                .body("problem", hasItems("DANGLING_TASK", "MISSING_FILE"))
                .body("to.key", hasItems("TASK-GHOST-20250101-000000", "TASK-NOWHERE-20990101-000000"));
        given().get("/links").then().statusCode(200).body(containsString("TASK-GHOST-20250101-000000"));
    }

    @Test
    void theSessionSummaryExportsInEveryFormat() throws IOException {
        given().get("/reports/sessions/" + V2_SESSION)
                .then()
                .statusCode(200)
                .body(containsString("Session summary: Build the ledger prototype"))
                .body(containsString("Open points"));
        String md = given().get("/reports/sessions/" + V2_SESSION + "/export.md")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("session-summary-" + V2_SESSION + ".md"))
                .extract()
                .asString();
        assertThat(md)
                .contains("# Session summary: Build the ledger prototype")
                .contains("## Blockers")
                .contains("No Docker");
        byte[] pdf = given().get("/reports/sessions/" + V2_SESSION + "/export.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Build the ledger prototype")
                    .contains("Timeline highlights")
                    .contains("roo-commander");
        }
        List<Map<String, String>> json = given().get("/reports/sessions/" + V2_SESSION + "/export.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("highlights");
        List<List<String>> csv = Csv.parse(
                given().get("/reports/sessions/" + V2_SESSION + "/export.csv").asString());
        assertThat(csv.get(0)).containsExactly("time", "actor", "kind", "text");
        assertThat(csv.subList(1, csv.size()))
                .containsExactlyElementsOf(json.stream()
                        .map(r -> List.of(r.get("time"), r.get("actor"), r.get("kind"), r.get("text")))
                        .toList());
        given().get("/reports/sessions/" + V2_SESSION + "/export.doc").then().statusCode(400);
    }

    @Test
    void theAuditReportCsvParsesBackToTheJsonRows() throws IOException {
        given().redirects()
                .follow(false)
                .get("/reports/audit")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(401)));
        List<Map<String, String>> json = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("from", "2025-07-01")
                .queryParam("to", "2025-07-31")
                .get("/reports/audit/export.json")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("audit-2025-07-01-2025-07-31.json"))
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(json).isNotEmpty().allSatisfy(e -> assertThat(e.get("time")).startsWith("2025-07"));
        List<List<String>> csv = Csv.parse(given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("from", "2025-07-01")
                .queryParam("to", "2025-07-31")
                .get("/reports/audit/export.csv")
                .asString());
        assertThat(csv.get(0)).containsExactly(AuditEvent.COLUMNS);
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, String> e : json) {
            expected.add(List.of(
                    e.get("time"),
                    e.get("source"),
                    e.get("session"),
                    e.get("actor"),
                    e.get("kind"),
                    e.get("text"),
                    e.get("file"),
                    e.get("beforeHash"),
                    e.get("afterHash")));
        }
        assertThat(csv.subList(1, csv.size())).containsExactlyElementsOf(expected);
        byte[] pdf = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/reports/audit/export.pdf")
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Audit report from the beginning to now");
        }
    }

    /** An RFC 4180 reader, for checking exports. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
