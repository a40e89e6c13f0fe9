package org.sessionledger.web.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A personal access token as listed: never its value, which only its creator saw once.
 *
 * @param scope {@code read} or {@code write}
 * @param projects the projects it may be used for; empty: all of its user's
 */
public record AccessToken(
        long id,
        String user,
        String name,
        String scope,
        List<String> projects,
        Instant created,
        Optional<Instant> expires,
        Optional<Instant> lastUsed,
        Optional<Instant> revoked) {

    public AccessToken {
        projects = List.copyOf(projects);
    }

    public boolean write() {
        return scope.equals("write");
    }

    public boolean usable(Instant now) {
        return revoked.isEmpty() && expires.map(now::isBefore).orElse(true);
    }

    /** Whether the token may be used for this project. */
    public boolean covers(String project) {
        return projects.isEmpty() || projects.contains(project);
    }
}
