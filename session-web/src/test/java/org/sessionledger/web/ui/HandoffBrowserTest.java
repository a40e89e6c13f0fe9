package org.sessionledger.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V5_SESSION;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.BrowserTest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/** Logging in, then handing a session off from its page, in a real browser. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class HandoffBrowserTest extends BrowserTest {

    @jakarta.inject.Inject
    org.sessionledger.web.account.UserStore users;

    @jakarta.inject.Inject
    org.sessionledger.web.account.Passwords passwords;

    @jakarta.inject.Inject
    org.sessionledger.web.project.Projects projects;

    /**
     * The handoff form offers the project's members who can write (not viewers, not strangers); the receiver finds the
     * session, with the note, under "Assigned to me", and a notification.
     */
    @Test
    void aViewerCannotAndAnEditorCanHandOffASession() {
        Ready.awaitIndexed();
        if (users.find("lee").isEmpty()) {
            users.create(new org.sessionledger.web.account.Account(
                    "lee",
                    "Lee",
                    "",
                    java.util.Optional.of(passwords.hash("lee-password-1")),
                    true,
                    false,
                    false,
                    "local",
                    java.util.Map.of(projects.current(), org.sessionledger.web.project.Role.EDITOR)));
        }
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/sessions/" + V5_SESSION));
            assertThat(page.locator("text=Log in")).isVisible();
            assertThat(page.locator("button[name=action]")).hasCount(0);

            page.navigate(url("/login.html"));
            page.fill("input[name=j_username]", "viewer");
            page.fill("input[name=j_password]", "viewer");
            page.click("button[type=submit]");
            page.navigate(url("/sessions/" + V5_SESSION));
            assertThat(page.locator("main")).containsText("may read but not change");

            context.clearCookies();
            page.navigate(url("/login.html"));
            page.fill("input[name=j_username]", "editor");
            page.fill("input[name=j_password]", "editor");
            page.click("button[type=submit]");
            page.navigate(url("/sessions/" + V5_SESSION));
            assertThat(page.locator("section.actions")).containsText("as editor");

            page.click("#handoff summary");
            assertThat(page.locator("#handoff select[name=to] option"))
                    .containsText(new String[] {"admin", "editor", "lee"});
            page.selectOption("#handoff select[name=to]", "lee");
            page.fill("#handoff textarea[name=text]", "please finish the packing");
            page.click("#handoff button[value=handoff]");
            assertThat(page).hasURL(Pattern.compile(".*/sessions/" + V5_SESSION + "$"));
            assertThat(page.locator("ol.timeline")).containsText("handed off from");
            assertThat(page.locator("ol.timeline")).containsText("please finish the packing");
            page.click("ol.timeline a.chip:has-text('HANDOFF-lee')");
            assertThat(page.locator("main > h1")).containsText("Handoff of Pack the documentation folder");

            context.clearCookies();
            page.navigate(url("/login.html"));
            page.fill("input[name=j_username]", "lee");
            page.fill("input[name=j_password]", "lee-password-1");
            page.click("button[type=submit]");
            assertThat(page.locator("header nav")).containsText("Assigned to me 1");
            page.click("text=Assigned to me");
            assertThat(page.locator("ul.assigned")).containsText("Pack the documentation folder");
            assertThat(page.locator("ul.assigned")).containsText("from editor");
            assertThat(page.locator("ul.assigned")).containsText("please finish the packing");
            assertThat(page.locator("ul.notifications li.unread")).hasCount(1);
        }
    }
}
