package org.sessionledger.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.XSS_SESSION;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * Exports are opened in spreadsheets and Markdown viewers: no CSV cell starts a formula, no Markdown export carries
 * HTML or links from the files, and the report's export links carry its filters encoded.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class ExportSafetyTest {

    private static final List<String> FORMULAS =
            List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)");

    private static String session;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
        if (session != null) {
            return;
        }
        session = editor().body(Map.of("goal", "Formulas in the log"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        for (String formula : FORMULAS) {
            editor().body(Map.of("text", formula))
                    .post("/api/sessions/" + session + "/entries")
                    .then()
                    .statusCode(200);
        }
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return given().auth().preemptive().basic("editor", "editor").contentType(ContentType.JSON);
    }

    @Test
    void noCsvCellStartsAFormula() {
        String csv = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("session", session)
                .get("/reports/audit/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<List<String>> rows = TraceAndReportTest.Csv.parse(csv);
        List<String> texts = rows.stream()
                .filter(r -> r.get(1).equals("write") && r.get(4).equals("log"))
                .map(r -> r.get(5))
                .toList();
        assertThat(texts)
                .containsExactlyElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row).noneMatch(cell -> cell.matches("(?s)^[=+\\-@\t\r].*")));
    }

    @Test
    void markdownExportsCarryNoHtmlOrLinksFromTheFiles() {
        String summary = given().get("/reports/sessions/" + XSS_SESSION + "/export.md")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String audit = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("session", XSS_SESSION)
                .get("/reports/audit/export.md")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String md : List.of(summary, audit)) {
            assertThat(md)
                    .doesNotContain("<script", "<img")
                    .doesNotContainPattern("(?<!\\\\)\\]\\(")
                    .contains("&lt;img src=x onerror=")
                    .contains("\\[click\\](javascript:");
        }
        assertThat(summary).contains("Hostile &lt;script&gt;window.__xss=1&lt;/script&gt; title");
    }

    @Test
    void theAuditPageEncodesItsFiltersInTheExportLinks() {
        String page = given().auth()
                .preemptive()
                .basic("admin", "admin")
                .queryParam("user", "x&session=" + XSS_SESSION)
                .queryParam("coordinator", "a b#c")
                .get("/reports/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("/reports/audit/export.csv?from=&amp;to=&amp;user=x%26session%3D" + XSS_SESSION
                        + "&amp;coordinator=a+b%23c&amp;session=\"")
                .doesNotContain("user=x&amp;session=");
    }
}
