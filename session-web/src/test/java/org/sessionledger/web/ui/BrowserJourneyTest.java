package org.sessionledger.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.*;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.BrowserTest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/** Journeys through the app in a real headless Chromium (Debian's, driven by Playwright for Java). */
@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class BrowserJourneyTest extends BrowserTest {

    private Page page;

    @BeforeEach
    void open() {
        Ready.awaitIndexed();
        page = chromium.browser().newPage();
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void listFilterAndOpenASession() {
        page.navigate(url("/"));
        assertThat(page.locator("table.sessions")).containsText("Build the ledger prototype");
        page.selectOption("select[name=status]", "completed");
        page.click("form.filters button[type=submit]");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=completed.*"));
        assertThat(page.locator("table.sessions")).containsText("Review the documentation set");
        assertThat(page.locator("table.sessions")).not().containsText("Build the ledger prototype");
        page.click("text=Review the documentation set");
        assertThat(page.locator("main > h1")).containsText("Review the documentation set");
        assertThat(page.locator("ol.timeline li")).hasCount(5);
    }

    @Test
    void searchWithAPhraseAndAFacetThenFollowAHighlight() {
        page.navigate(url("/sessions/" + V2_SESSION));
        page.keyboard().press("/");
        assertThat(page.locator("header input[name=q]")).isFocused();
        page.keyboard().type("\"initial plan\"");
        page.keyboard().press("Enter");
        assertThat(page.locator("#results")).containsText("results");
        page.click("[data-facet='kind=artifact']");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*kind=artifact.*"));
        assertThat(page.locator("ol.hits li")).hasCount(1);
        assertThat(page.locator("ol.hits mark").first()).isVisible();
        page.click("ol.hits a.hit-link");
        assertThat(page.locator("main > h1")).containsText("Initial plan");
        assertThat(page.locator("article mark").first())
                .containsText("initial", new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
    }

    @Test
    void instantSearchUpdatesAsYouType() {
        page.navigate(url("/search"));
        page.fill("#q", "zebra");
        assertThat(page.locator("ol.hits li")).hasCount(1);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=zebra.*"));
    }

    @Test
    void scriptInSessionFilesNeverRuns() {
        page.navigate(url("/sessions/" + XSS_SESSION));
        assertThat(page.locator("main > h1")).containsText("Hostile");
        page.navigate(url("/files/.ruru/sessions/" + XSS_SESSION + "/artifacts/notes/NOTE-payload-2506051200.md"));
        assertThat(page.locator("main > h1")).containsText("Payload note");
        page.navigate(url("/search?q=payload"));
        page.navigate(url("/"));
        Object flag = page.evaluate("() => window.__xss");
        assertThat(flag).isNull();
        for (String path : List.of(
                "/sessions/" + XSS_SESSION,
                "/files/.ruru/sessions/" + XSS_SESSION + "/artifacts/notes/NOTE-payload-2506051200.md")) {
            page.navigate(url(path));
            assertThat(page.evaluate("() => window.__xss")).isNull();
            assertThat(page.locator("script:not([src])")).hasCount(0);
        }
    }
}
