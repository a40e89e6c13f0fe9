package org.sessionledger.web.testsupport;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Shared set-up of the browser tests: one Chromium per test class, URLs of the app under test. */
public abstract class BrowserTest {

    protected static Chromium chromium;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
