package org.sessionledger.web.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app without the file watcher: tests drive indexing runs themselves. */
public class NoWatchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sessions.index.watch", "false");
    }
}
