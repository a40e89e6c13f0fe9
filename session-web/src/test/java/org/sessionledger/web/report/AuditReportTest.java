package org.sessionledger.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** The audit report after writes made through the app: the page and every export show what was written, by whom. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(org.sessionledger.web.testsupport.FixtureWorkspaceResource.class)
class AuditReportTest {

    private static final String ENTRY = "the audit report shows this entry";

    private static String session;

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic("editor", "editor").contentType(ContentType.JSON);
    }

    private static RequestSpecification auditor() {
        return given().auth().preemptive().basic("admin", "admin").queryParam("session", session);
    }

    /** Once for the class: a start, an entry and a pause through the API. */
    @BeforeEach
    void writeThroughTheApp() {
        Ready.awaitIndexed();
        if (session != null) {
            return;
        }
        session = editor().body(Map.of("goal", "Audited writes"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        editor().body(Map.of("text", ENTRY))
                .post("/api/sessions/" + session + "/entries")
                .then()
                .statusCode(200);
        editor().body(Map.of("reason", "lunch break"))
                .post("/api/sessions/" + session + "/pause")
                .then()
                .statusCode(200);
    }

    @Test
    void thePageListsTheWrites() {
        auditor()
                .get("/reports/audit")
                .then()
                .statusCode(200)
                .body(containsString("<td>write</td>"))
                .body(containsString("<td>editor</td>"))
                .body(containsString("<td>log</td><td>" + ENTRY + "</td>"))
                .body(containsString("<td>pause</td><td>lunch break</td>"))
                .body(containsString("<td>start</td><td>Audited writes</td>"));
    }

    @Test
    void theJsonAndCsvExportsHoldTheSameWrites() {
        List<Map<String, String>> json = auditor()
                .get("/reports/audit/export.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(json)
                .filteredOn(e -> e.get("source").equals("write"))
                .extracting(e -> e.get("actor") + " " + e.get("kind") + " " + e.get("text"))
                .containsExactly("editor start Audited writes", "editor log " + ENTRY, "editor pause lunch break");
        List<List<String>> csv = TraceAndReportTest.Csv.parse(auditor()
                .get("/reports/audit/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(csv.subList(1, csv.size()))
                .filteredOn(row -> row.get(1).equals("write"))
                .extracting(row -> row.get(3) + " " + row.get(4) + " " + row.get(5))
                .containsExactly("editor start Audited writes", "editor log " + ENTRY, "editor pause lunch break");
    }

    @Test
    void theMarkdownAndHtmlExportsShowTheWrites() {
        assertThat(auditor()
                        .get("/reports/audit/export.md")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("| write | " + session + " | editor | log | " + ENTRY + " |")
                .contains("| write | " + session + " | editor | pause | lunch break |");
        assertThat(auditor()
                        .get("/reports/audit/export.html")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("<td>editor</td><td>log</td><td>" + ENTRY + "</td>")
                .contains("<td>editor</td><td>pause</td><td>lunch break</td>");
    }

    @Test
    void thePdfExportShowsTheWrites() throws IOException {
        byte[] pdf = auditor()
                .get("/reports/audit/export.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(ENTRY)
                    .contains("lunch break")
                    .contains("editor")
                    .contains("pause");
        }
    }
}
