package org.sessionledger.web.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An app of its own for tests that change the workspace, so that other tests keep their fixture intact. */
public class WritesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sessions.index.debounce", "60ms");
    }
}
