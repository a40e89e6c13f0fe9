package org.sessionledger.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.BrowserTest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * A page served from another port of the same host is the same site: the browser sends our login cookie along
 * with its requests (SameSite does not stop it). Its blind write must still be refused.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class CrossOriginBrowserTest extends BrowserTest {

    @Test
    void aPageOnAnotherPortCannotWriteWithTheBrowsersLogin() throws IOException {
        Ready.awaitIndexed();
        String target = url("/api/sessions/" + V2_SESSION + "/entries");
        byte[] attack = ("<!DOCTYPE html><title>attack</title><script>fetch('" + target + "', {method: 'POST',"
                        + " mode: 'no-cors', credentials: 'include',"
                        + " body: new Blob(['{\"text\":\"forged from another port\"}'])})"
                        + ".finally(function () { document.title = 'sent'; });</script>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, attack.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(attack);
            }
        });
        attacker.start();
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login.html"));
            page.fill("input[name=j_username]", "editor");
            page.fill("input[name=j_password]", "editor");
            page.click("button[type=submit]");
            assertThat(page).hasURL(Pattern.compile(".*/$"));

            // the browser sends the request, cookie included (a 401 would mean it did not); we refuse it
            com.microsoft.playwright.Response forged = page.waitForResponse(
                    r -> r.url().endsWith("/entries"),
                    () -> page.navigate(
                            "http://localhost:" + attacker.getAddress().getPort() + "/"));
            assertThat(forged.status()).isEqualTo(403);
            page.waitForFunction("document.title === 'sent'");

            page.navigate(url("/sessions/" + V2_SESSION));
            assertThat(page.locator("section.actions")).containsText("as editor");
        } finally {
            attacker.stop(0);
        }
        assertThat(Files.readString(FixtureWorkspaceResource.workspace.resolve(
                        ".roo/commander/sessions/" + V2_SESSION + "/session_log.md")))
                .doesNotContain("forged from another port");
    }
}
