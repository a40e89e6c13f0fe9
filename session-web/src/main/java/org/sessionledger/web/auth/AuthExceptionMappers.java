package org.sessionledger.web.auth;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer's security refusals: anonymous → 401 problem with a Basic challenge under {@code /api}, the login
 * form for pages; logged in without the role → 403, a problem document under {@code /api}, the error page elsewhere.
 */
public class AuthExceptionMappers {

    @Inject
    CurrentVertxRequest current;

    @Inject
    @Location("ErrorPage/error.html")
    Template errorPage;

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UnauthorizedException e) {
        RoutingContext ctx = current.getCurrent();
        Challenges.Challenge c =
                Challenges.unauthorized(ctx.normalizedPath(), ctx.request().getHeader("Authorization") != null);
        if (c.status() == 302) {
            Challenges.rememberReturn(ctx);
        }
        return c.toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response forbidden(ForbiddenException e) {
        String path = current.getCurrent().normalizedPath();
        String detail = "Your account may not do this: changing sessions needs the editor or admin role.";
        if (Challenges.isApi(path)) {
            return Challenges.forbidden(path, detail).toResponse();
        }
        return Response.status(403)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPage.data("status", 403).data("title", "Forbidden").data("detail", detail))
                .build();
    }
}
