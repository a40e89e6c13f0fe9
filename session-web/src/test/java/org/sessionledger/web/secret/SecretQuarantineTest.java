package org.sessionledger.web.secret;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.testkit.FakeSecrets;
import org.sessionledger.testkit.FakeSecrets.Fake;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * A workspace full of pasted credentials (generated fakes in a session log, an artifact and a task): after indexing,
 * no raw value is in any text column of the mirror, any term or stored field of the Lucene index, the app's log, or
 * any page, download, search result, report or export; the findings page lists them, and search finds them by kind.
 */
@QuarkusTest
@TestProfile(SecretQuarantineTest.Profile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class SecretQuarantineTest {

    /** An app of its own, logging to a file that the test reads. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", "target/secret-quarantine.log",
                    "sessions.index.debounce", "40ms");
        }
    }

    static final String SESSION = "SESSION-Leaky-20260101-000000";
    static final List<Fake> FAKES = FakeSecrets.generate(424242L, 2);

    @Inject
    WorkspaceService workspace;

    @Inject
    DataSource data;

    @BeforeEach
    void leakyWorkspace() throws IOException {
        Ready.awaitIndexed();
        if (workspace.session(SESSION).isPresent()) {
            return;
        }
        Path dir = Files.createDirectories(FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + SESSION));
        Files.createDirectories(dir.resolve("artifacts/notes"));
        StringBuilder log = new StringBuilder("+++\nid = \"" + SESSION + "\"\ntitle = \"Leaky deploy\"\n"
                + "status = \"🟢 Active\"\nstart_time = \"2026-01-01T00:00:00Z\"\ncoordinator = \"roo-commander\"\n"
                + "api_key = \"" + FAKES.get(1).value() + "\"\nrelated_tasks = [\"TASK-LEAK-001\"]\n+++\n\n");
        StringBuilder note = new StringBuilder("# Deploy notes\n\n");
        StringBuilder task = new StringBuilder("+++\nid = \"TASK-LEAK-001\"\ntitle = \"Rotate keys\"\n"
                + "status = \"🟡 To Do\"\n+++\n\n# Rotate keys\n\n");
        for (int i = 0; i < FAKES.size(); i++) {
            String line = FAKES.get(i).line();
            switch (i % 3) {
                case 0 ->
                    log.append("- [2026-01-01 00:")
                            .append(String.format("%02d", i % 60))
                            .append(":00] `dev`: ")
                            .append(line.replace("\n", "\n  "))
                            .append('\n');
                case 1 -> note.append(line).append("\n\n");
                default ->
                    task.append("- [ ] ").append(line.replace("\n", "\n  ")).append('\n');
            }
        }
        Files.writeString(dir.resolve("artifacts/notes/NOTE-deploy-260101000000.md"), note);
        Files.writeString(FixtureWorkspaceResource.workspace.resolve(".ruru/tasks/TASK-LEAK-001.md"), task);
        Files.writeString(dir.resolve("session_log.md"), log);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> workspace.session(SESSION).isPresent()
                        && workspace.task("TASK-LEAK-001").isPresent());
    }

    @Test
    void noTextColumnOfTheMirrorHoldsARawValue() throws Exception {
        List<String> hits = new ArrayList<>();
        try (var c = data.getConnection();
                var columns = c.createStatement()
                        .executeQuery("select table_name, column_name from "
                                + "information_schema.columns where table_schema = current_schema() and data_type in "
                                + "('text', 'character varying', 'character', 'json', 'jsonb')")) {
            List<String[]> all = new ArrayList<>();
            while (columns.next()) {
                all.add(new String[] {columns.getString(1), columns.getString(2)});
            }
            assertThat(all).extracting(t -> t[0]).contains("ledger_entry", "ledger_session", "ledger_diagnostic");
            for (String[] col : all) {
                try (var q = c.prepareStatement("select count(*) from \"" + col[0] + "\" where exists (select 1 from "
                        + "unnest(?::text[]) v where strpos(\"" + col[1] + "\"::text, v) > 0)")) {
                    q.setArray(1, c.createArrayOf("text", values()));
                    try (var rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        assertThat(hits).as("columns holding a raw credential").isEmpty();
        assertThat(count("select count(*) from ledger_entry where text like '%[secret:%'"))
                .isGreaterThanOrEqualTo(FAKES.size() / 3);
    }

    @Test
    void noTermOrStoredFieldOfTheIndexHoldsARawValue() throws Exception {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("sessions.app.data-dir", String.class));
        List<String> found = LuceneScan.rawValuesIn(dataDir.resolve("lucene"), FAKES);
        assertThat(found).as("raw values in the index").isEmpty();
    }

    @Test
    void noPageDownloadSearchReportOrExportShowsARawValue() throws IOException {
        List<String> urls = urls();
        for (String url : urls) {
            String body = given().auth()
                    .preemptive()
                    .basic("admin", "admin")
                    .get(url)
                    .then()
                    .extract()
                    .asString();
            assertNoRawValue(url, body);
        }
        for (String pdf : List.of("/reports/sessions/" + SESSION + "/export.pdf", "/reports/audit/export.pdf")) {
            byte[] bytes = given().auth()
                    .preemptive()
                    .basic("admin", "admin")
                    .get(pdf)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                assertNoRawValue(pdf, new PDFTextStripper().getText(doc));
            }
        }
        assertNoRawValue("the app's log", Files.readString(Path.of("target/secret-quarantine.log")));
    }

    @Test
    void searchForAValueFindsNothingAndSearchByKindFindsTheFiles() {
        for (Fake fake : FAKES.subList(0, 6)) {
            given().get("/api/search?q=" + URLEncoder.encode("\"" + fake.value() + "\"", StandardCharsets.UTF_8))
                    .then()
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(0));
        }
        given().get("/api/search?q=secret:github-token")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0))
                .body("hits.session", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.oneOf(SESSION, "")))
                .body("hits.session", org.hamcrest.Matchers.hasItem(SESSION));
        given().get("/api/search?q=deploy&secret=private-key")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/api/secrets")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("kind", org.hamcrest.Matchers.hasItems("github-token", "aws-access-key", "private-key", "jwt"))
                .body(
                        "fingerprint",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{12}")));
    }

    /** Every page, file view, search, report and export that shows the leaky session or its files. */
    private List<String> urls() {
        String dir = workspace.session(SESSION).orElseThrow().directory();
        String task = workspace.task("TASK-LEAK-001").orElseThrow().path();
        List<String> urls = new ArrayList<>(List.of(
                "/",
                "/sessions/" + SESSION,
                "/api/sessions",
                "/api/sessions/" + SESSION,
                "/tasks/TASK-LEAK-001",
                "/files/" + dir + "/session_log.md",
                "/files/" + dir + "/session_log.md?raw=true",
                "/files/" + dir + "/session_log.md?download=true",
                "/files/" + dir + "/artifacts/notes/NOTE-deploy-260101000000.md",
                "/files/" + dir + "/artifacts/notes/NOTE-deploy-260101000000.md?raw=true",
                "/files/" + dir + "/artifacts/notes/NOTE-deploy-260101000000.md?download=true",
                "/files/" + task + "?raw=true",
                "/trace/session/" + SESSION,
                "/api/trace/session/" + SESSION,
                "/links",
                "/api/links/broken",
                "/api/diagnostics",
                "/secrets",
                "/api/secrets",
                "/reports/sessions/" + SESSION,
                "/reports/audit",
                "/api/audit",
                "/search?q=deploy",
                "/search?q=secret:github-token",
                "/api/search?q=token",
                "/api/search?q=key&size=100"));
        for (String format : List.of("md", "html", "json", "csv")) {
            urls.add("/reports/sessions/" + SESSION + "/export." + format);
            urls.add("/reports/audit/export." + format);
        }
        for (Fake fake : FAKES) {
            String part = fake.value().substring(0, Math.min(24, fake.value().length()));
            urls.add("/api/search?q=" + URLEncoder.encode("\"" + part + "\"", StandardCharsets.UTF_8));
        }
        return urls;
    }

    private static String[] values() {
        return FAKES.stream().map(Fake::value).toArray(String[]::new);
    }

    private long count(String sql) throws Exception {
        try (var c = data.getConnection();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertNoRawValue(String where, String text) {
        for (Fake fake : FAKES) {
            assertThat(text).as("%s shows the raw %s", where, fake.kind()).doesNotContain(fake.value());
            if (fake.value().contains("\n")) {
                fake.value()
                        .lines()
                        .filter(l -> l.length() > 40)
                        .forEach(l -> assertThat(text)
                                .as("%s shows a line of a key", where)
                                .doesNotContain(l));
            }
        }
    }
}
