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

    @Test
    void aViewerCannotAndAnEditorCanHandOffASession() {
        Ready.awaitIndexed();
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
            page.fill("#handoff input[name=to]", "lee");
            page.fill("#handoff textarea[name=text]", "please finish the packing");
            page.click("#handoff button[value=handoff]");
            assertThat(page).hasURL(Pattern.compile(".*/sessions/" + V5_SESSION + "$"));
            assertThat(page.locator("ol.timeline")).containsText("handed off from");
            assertThat(page.locator("ol.timeline")).containsText("please finish the packing");
            page.click("ol.timeline a.chip:has-text('HANDOFF-lee')");
            assertThat(page.locator("main > h1")).containsText("Handoff of Pack the documentation folder");
        }
    }
}
