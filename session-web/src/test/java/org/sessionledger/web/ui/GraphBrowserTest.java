package org.sessionledger.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.MAIN_TASK;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.BrowserTest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/** The interactive trace graph: it draws, and clicking a node opens that node's page. */
@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
class GraphBrowserTest extends BrowserTest {

    @Test
    void clickingANodeOpensItsPage() {
        Ready.awaitIndexed();
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/trace/session/" + V2_SESSION));
            page.waitForFunction("() => window.sessionLedgerGraph && window.sessionLedgerGraph.nodes().length > 3");
            @SuppressWarnings("unchecked")
            List<Number> point = (List<Number>) page.evaluate(
                    "id => { const n = window.sessionLedgerGraph.getElementById(id); const p = n.renderedPosition();"
                            + " const box = document.getElementById('graph').getBoundingClientRect(); return [box.left + p.x, box.top + p.y]; }",
                    "task:" + MAIN_TASK);
            page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
            assertThat(page).hasURL(Pattern.compile(".*/tasks/" + MAIN_TASK + "$"));
            assertThat(page.locator("main > h1")).containsText("Build the session reader");
        }
    }
}
