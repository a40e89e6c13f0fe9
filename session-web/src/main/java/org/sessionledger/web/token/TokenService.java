package org.sessionledger.web.token;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.web.auth.AccessPolicy;

/** Creating, listing and revoking one's own personal access tokens. */
@ApplicationScoped
public class TokenService {

    /**
     * What a new token is to be.
     *
     * @param expires days from now ({@code 90}), or an ISO instant; empty: never
     */
    public record Request(String name, String scope, List<String> projects, String expires) {}

    private final TokenStore store;
    private final AccessPolicy access;

    TokenService(TokenStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    public TokenStore.Created create(SecurityIdentity identity, Request request) {
        String user = identity.getPrincipal().getName();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("Give the token a name (up to 100 characters) that says what uses it.");
        }
        String scope = request.scope() == null ? "read" : request.scope().strip();
        if (!scope.equals("read") && !scope.equals("write")) {
            throw new InvalidRequestException("A token's scope is 'read' or 'write'.");
        }
        List<String> projects = request.projects() == null
                ? List.of()
                : request.projects().stream()
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .distinct()
                        .toList();
        for (String p : projects) {
            if (access.role(identity, p).isEmpty()) {
                throw new InvalidRequestException("You are not a member of project '" + p + "'.");
            }
        }
        if (identity.getAttribute(org.sessionledger.web.auth.Identities.TOKEN) instanceof AccessToken used
                && !used.write()) {
            throw new InvalidRequestException("A read-only token cannot make tokens.");
        }
        TokenStore.Created created = store.create(user, name, scope, projects, expiry(request.expires()));
        Log.infof(
                "User '%s' created the %s token '%s' (id %d)",
                user, scope, name, created.token().id());
        return created;
    }

    public List<AccessToken> list(SecurityIdentity identity) {
        return store.of(identity.getPrincipal().getName());
    }

    public void revoke(SecurityIdentity identity, long id) {
        if (!store.revoke(identity.getPrincipal().getName(), id)) {
            throw new NotFoundException("token", Long.toString(id));
        }
        Log.infof("User '%s' revoked token %d", identity.getPrincipal().getName(), id);
    }

    static Optional<Instant> expiry(String expires) {
        if (expires == null || expires.isBlank()) {
            return Optional.empty();
        }
        String e = expires.strip();
        try {
            if (e.matches("\\d{1,4}")) {
                int days = Integer.parseInt(e);
                if (days < 1) {
                    throw new InvalidRequestException("A token expires at least a day from now.");
                }
                return Optional.of(Instant.now().plus(Duration.ofDays(days)));
            }
            Instant at = Instant.parse(e);
            if (!at.isAfter(Instant.now())) {
                throw new InvalidRequestException("The expiry must be in the future.");
            }
            return Optional.of(at);
        } catch (DateTimeParseException ex) {
            throw new InvalidRequestException(
                    "'expires' is a number of days or an ISO instant (2026-12-31T00:00:00Z).");
        }
    }
}
