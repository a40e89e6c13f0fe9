package org.sessionledger.web.error;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An error answered without a body (a filter that aborts the request, such as the CSRF check of a form) gets the same
 * body as any other error: a problem document under {@code /api}, the error page elsewhere.
 */
public class EmptyErrorBodies {

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String detail = status == 401 ? "Log in first." : "The request could not be handled.";
        Response filled = ExceptionMappers.respond(status, detail, request.getUriInfo(), null);
        Object entity = filled.getEntity() instanceof TemplateInstance page ? page.render() : filled.getEntity();
        response.setEntity(entity, null, filled.getMediaType());
    }
}
