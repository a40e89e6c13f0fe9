package org.sessionledger.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;

/** While the demo accounts can log in, the start says so as a warning that names them. */
@QuarkusTest
@TestProfile(AuthProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class DemoAccountsTest {

    @Test
    void theDemoAccountsAreAnnouncedLoudlyAtStart() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(AuthProfile.logLines())
                        .anyMatch(l -> l.contains("WARN")
                                && l.contains("demo accounts")
                                && l.contains("admin, editor, viewer")
                                && l.contains("replace")));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void theirPasswordsAreStoredAsBcryptHashesOnly() throws Exception {
        try (var c = db.getConnection();
                var rows = c.createStatement()
                        .executeQuery("select name, password_hash, source from ledger_user where source = 'demo'"
                                + " order by name")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
                assertThat(rows.getString(2)).startsWith("$2a$").doesNotContain(rows.getString(1));
            }
            assertThat(names).containsExactly("admin", "editor", "viewer");
        }
    }
}
