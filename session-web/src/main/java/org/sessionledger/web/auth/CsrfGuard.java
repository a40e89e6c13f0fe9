package org.sessionledger.web.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests that change something and carry a browser's credentials must come from our own pages, and a write to the
 * API carried by the login cookie must also send that login's token in {@value #HEADER} (a page gets it from its
 * {@code <meta name="api-csrf-token">}); another site cannot read it, nor send the header without asking first. HTTP
 * Basic from scripts sends no {@code Sec-Fetch-Site} or {@code Origin} and needs no token. Forms keep their own
 * token too (quarkus-rest-csrf). Runs before matching, so a refusal does not depend on the content type.
 */
public class CsrfGuard {

    /** The request header that carries the login's CSRF token. */
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || !(routing.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String path = routing.normalizedPath();
        if (!SameOrigin.test(routing.request())) {
            return refuse(
                    path,
                    "Changes must come from this app's own pages, not from another site or another port of"
                            + " this host.");
        }
        Logins.Login login = identity.getAttribute(LoginMechanism.LOGIN_ATTRIBUTE);
        if (login != null && Challenges.isApi(path) && !login.tokenMatches(request.getHeaderString(HEADER))) {
            return refuse(
                    path,
                    "A write with the login cookie needs this login's token in the " + HEADER
                            + " header (a page has it in <meta name=\"api-csrf-token\">); scripts may use HTTP Basic.");
        }
        return Optional.empty();
    }

    private static Optional<Response> refuse(String path, String detail) {
        return Optional.of(Challenges.forbidden(path, detail).toResponse());
    }
}
