package org.sessionledger.web.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits until the app under test has finished its first indexing run. */
public final class Ready {

    private Ready() {}

    public static void awaitIndexed() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
