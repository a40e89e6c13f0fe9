package org.sessionledger.web.sso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.access.ClosedProjectProfile;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;
import org.sessionledger.web.testsupport.BrowserTest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/**
 * Single sign-on against a real Keycloak, through its own login form in Chromium: a user is created at the first login
 * from the ID token (name, e-mail), their role comes from the groups claim, they get a login of this app (and log out
 * of it as anyone); a user whose groups give nothing here may not read the members-only project; a provider user may
 * not take over a built-in account of the same name.
 */
@QuarkusTest
@TestProfile(ClosedProjectProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
@WithTestResource(KeycloakResource.class)
class OidcKeycloakTest extends BrowserTest {

    @Inject
    UserStore users;

    @Inject
    Projects projects;

    @Test
    void aKeycloakUserLogsInIsCreatedFromTheTokenAndGetsTheRoleOfTheirGroup() {
        Ready.awaitIndexed();
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "alice", "alice-password");
            assertThat(page).hasURL(Pattern.compile(".*/$"));
            assertThat(page.locator("header .who")).hasText("alice");
            page.navigate(url("/sessions/" + V2_SESSION));
            assertThat(page.locator("section.actions")).containsText("as alice");

            Account alice = users.find("alice").orElseThrow();
            assertThat(alice.source()).isEqualTo("oidc");
            assertThat(alice.email()).isEqualTo("alice@example.org");
            assertThat(alice.displayName()).isEqualTo("Alice Archer");
            assertThat(alice.passwordHash()).isEmpty();
            assertThat(alice.memberships()).containsEntry(projects.current(), Role.EDITOR);

            page.click("header form.logout button");
            page.navigate(url("/sessions/" + V2_SESSION));
            assertThat(page).hasURL(Pattern.compile(".*/login.html$"));
        }
    }

    @Test
    void groupsThatGiveNothingHereGiveNoAccessAndBuiltInNamesAreNotTakenOver() {
        Ready.awaitIndexed();
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "bob", "bob-password");
            assertThat(page.locator("main")).containsText("not a member");
            assertThat(users.find("bob").orElseThrow().memberships()).isEmpty();
        }
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "editor", "impostor-password");
            assertThat(page.locator("main")).containsText("belongs to a built-in account");
            Account editor = users.find("editor").orElseThrow();
            assertThat(editor.source()).isEqualTo("demo");
            assertThat(editor.admin()).isFalse();
        }
    }

    private void logIn(Page page, String user, String password) {
        page.navigate(url("/login.html"));
        // the login page's single sign-on link (followed by its address: Playwright's click on it started no
        // navigation here while the page's event stream was being refused)
        page.navigate(url(page.getAttribute("#sso", "href")));
        try {
            page.waitForSelector("#username", new Page.WaitForSelectorOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("No Keycloak login form at " + page.url() + ": " + page.content(), e);
        }
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForLoadState();
    }
}
