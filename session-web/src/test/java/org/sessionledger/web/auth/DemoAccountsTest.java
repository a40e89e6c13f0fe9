package org.sessionledger.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
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

    @Test
    void realPasswordsAreNoDemoAccounts() {
        assertThat(DemoAccounts.demoAccounts(true, Map.of("lee", "lee", "ana", "c0rrect-h0rse")))
                .containsExactly("lee");
        assertThat(DemoAccounts.demoAccounts(true, Map.of("ana", "c0rrect-h0rse")))
                .isEmpty();
        assertThat(DemoAccounts.demoAccounts(false, Map.of("lee", "lee"))).isEmpty();
    }
}
