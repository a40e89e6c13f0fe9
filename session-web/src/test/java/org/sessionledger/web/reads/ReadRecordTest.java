package org.sessionledger.web.reads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.access.ClosedProjectProfile;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.Passwords;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.project.Role;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/**
 * The record of who read what: pages, raw files, downloads, exports, API reads and searches (query and hits), each
 * with user, project, client address; refused attempts as denied; append-only for the app's own database role.
 */
@QuarkusTest
@TestProfile(ClosedProjectProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class ReadRecordTest {

    private static final String LOG = ".roo/commander/sessions/" + V2_SESSION + "/session_log.md";

    @Inject
    ReadLog log;

    @Inject
    UserStore users;

    @Inject
    Passwords passwords;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
        if (users.find("stranger").isEmpty()) {
            users.create(new Account(
                    "stranger",
                    "",
                    "",
                    Optional.of(passwords.hash("stranger")),
                    true,
                    false,
                    false,
                    "local",
                    Map.of("another-project", Role.VIEWER)));
        }
    }

    @Test
    void readsOfSessionContentAreRecordedWithWhoWhatAndWhere() {
        Instant start = Instant.now();
        as("viewer").get("/sessions/" + V2_SESSION).then().statusCode(200);
        as("viewer").get("/files/" + LOG + "?raw=true").then().statusCode(200);
        as("viewer").get("/files/" + LOG + "?download=true").then().statusCode(200);
        as("viewer")
                .get("/reports/sessions/" + V2_SESSION + "/export.md")
                .then()
                .statusCode(200);
        as("viewer").get("/api/sessions/" + V2_SESSION).then().statusCode(200);
        int hits = as("viewer")
                .get("/api/search?q=ledger")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        as("viewer").get("/api/sessions").then().statusCode(200);

        List<ReadEvent> rows = rows(start, "viewer", "");
        assertThat(rows)
                .extracting(ReadEvent::kind)
                .containsExactly("session", "raw", "download", "export", "api-session", "search");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.project()).isEqualTo("workspace");
            assertThat(r.outcome()).isEqualTo("read");
            assertThat(r.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        assertThat(rows.get(0).target()).isEqualTo(V2_SESSION);
        assertThat(rows.get(1).target()).isEqualTo(LOG);
        assertThat(rows.get(3).target()).isEqualTo(V2_SESSION + ".md");
        assertThat(rows.get(5).detail()).isEqualTo("q=ledger hits=" + hits);
    }

    @Test
    void aRefusedReadIsRecordedAsADeniedAttempt() {
        Instant start = Instant.now();
        as("stranger").get("/sessions/" + V2_SESSION).then().statusCode(403);
        given().redirects().follow(false).get("/files/" + LOG).then().statusCode(302);
        assertThat(rows(start, "stranger", "denied"))
                .singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo(V2_SESSION));
        assertThat(rows(start, "anonymous", "denied"))
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo("file"));
    }

    @Test
    void maintainersFilterAndExportTheRecord() {
        as("viewer").get("/tasks/TASK-DEV-20250720-110000").then().statusCode(200);
        String csv = as("admin")
                .get("/admin/reads/export.csv?user=viewer&target=TASK-DEV-20250720-110000")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().findFirst()).contains("at,user,project,kind,target,detail,address,outcome");
        assertThat(csv).contains(",viewer,workspace,task,TASK-DEV-20250720-110000,");
        List<Map<String, String>> json = as("admin")
                .get("/admin/reads/export.json?user=viewer")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(json).anySatisfy(r -> assertThat(r.get("kind")).isEqualTo("task"));
        assertThat(as("admin").get("/admin/reads?outcome=read&user=viewer").asString())
                .contains("TASK-DEV-");
        as("viewer").get("/admin/reads").then().statusCode(403);
        // the audit report shows the reads beside the writes
        List<Map<String, String>> audit = as("admin")
                .get("/reports/audit/export.json?user=viewer")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("source")).isEqualTo("read");
            assertThat(e.get("kind")).isEqualTo("task");
            assertThat(e.get("session")).isEqualTo("TASK-DEV-20250720-110000");
        });
    }

    @Test
    void theAppsOwnRoleCanOnlyAppendToTheRecord() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            assertThat(
                            c.createStatement()
                                    .executeUpdate(
                                            "insert into ledger_records.reads"
                                                    + " (at, actor, project, kind, target, outcome) values (now(), 'x', 'p', 'test', 't', 'read')"))
                    .isEqualTo(1);
            for (String sql : List.of(
                    "update ledger_records.reads set actor = 'someone else'",
                    "delete from ledger_records.reads",
                    "truncate ledger_records.reads",
                    "drop table ledger_records.reads",
                    "alter table ledger_records.reads owner to current_user")) {
                assertThatThrownBy(() -> c.createStatement().execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .satisfiesAnyOf(
                                e -> assertThat(e).hasMessageContaining("permission denied"),
                                e -> assertThat(e).hasMessageContaining("must be owner"));
            }
            // expiry keeps at least a day, however it is asked
            var r = c.createStatement().executeQuery("select ledger_records.expire(0)");
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    private List<ReadEvent> rows(Instant from, String user, String outcome) {
        return log.find(new ReadLog.Filter(from, Instant.now().plusSeconds(1), user, "", "", outcome), 100).stream()
                .filter(r -> !r.kind().equals("test"))
                .toList();
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }
}
