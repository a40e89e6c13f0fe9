package org.sessionledger.web.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The fixture workspace as a members-only project: anonymous visitors may not read it. */
public class ClosedProjectProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sessions.project.public-read", "false", "sessions.index.debounce", "60ms");
    }
}
