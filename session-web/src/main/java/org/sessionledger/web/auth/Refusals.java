package org.sessionledger.web.auth;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/** How an anonymous request that needs a login is answered, for the exception table ({@code web.error}). */
public final class Refusals {

    private Refusals() {}

    /** Under {@code /api} (and for HTTP Basic) 401 with a Basic challenge and a problem; pages go to the login form. */
    public static Response unauthorized(RoutingContext ctx) {
        Challenges.Challenge c =
                Challenges.unauthorized(ctx.normalizedPath(), ctx.request().getHeader("Authorization") != null);
        if (c.status() == 302) {
            Challenges.rememberReturn(ctx);
        }
        return c.toResponse();
    }
}
