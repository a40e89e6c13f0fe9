package org.sessionledger.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;

/**
 * The one place where exceptions become responses: {@code /api/**} answers {@code application/problem+json}, pages
 * render the error template. Messages of domain exceptions are written for people; anything else is reported as an
 * internal error without details. Security refusals: anonymous → 401 with a Basic challenge under {@code /api}, the
 * login form for pages ({@link org.sessionledger.web.auth.Refusals}); logged in without the right → 403.
 */
public class ExceptionMappers {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    /** Exception → status, resolved by walking superclasses. */
    private static final Map<Class<? extends Throwable>, Integer> STATUS = Map.of(
            NotFoundException.class, 404,
            InvalidRequestException.class, 400,
            ConflictException.class, 409,
            org.sessionledger.domain.error.ForbiddenException.class, 403,
            org.sessionledger.domain.error.ReadOnlyException.class, 409,
            org.sessionledger.domain.error.UnavailableException.class, 503,
            JsonProcessingException.class, 400,
            ConstraintViolationException.class, 400,
            UnauthorizedException.class, 401,
            ForbiddenException.class, 403);

    private static final String FORBIDDEN = "Your account may not do this.";

    @Inject
    CurrentVertxRequest current;

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response domain(org.sessionledger.domain.error.DomainException e, UriInfo uri) {
        String current = e instanceof ConflictException conflict ? conflict.currentHash() : null;
        return respond(statusOf(e), e.getMessage(), uri, current);
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UnauthorizedException e) {
        return org.sessionledger.web.auth.Refusals.unauthorized(current.getCurrent());
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? FORBIDDEN : e.getMessage();
        return respond(statusOf(e), detail, uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
        }
        return respond(status, status == 404 ? "Nothing here." : "The request could not be handled.", uri, null);
    }

    /** A body that is not JSON, or not the object the endpoint reads (an array, a string, a field of another type). */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response body(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(java.util.stream.Collectors.joining("."));
            detail = "The field '" + field + "' has the wrong type.";
        } else if (e instanceof MismatchedInputException) {
            detail = "The body must be a JSON object.";
        } else {
            detail = "The body is not valid JSON.";
        }
        return respond(statusOf(e), detail, uri, null);
    }

    /** Bean Validation of a request: each violation as {@code field: message}, in field order. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> field(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .collect(java.util.stream.Collectors.joining("; "));
        return respond(statusOf(e), detail, uri, null);
    }

    /** The last name of a property path: {@code log.body.text} → {@code text}. */
    private static String field(jakarta.validation.Path path) {
        String name = "request";
        for (jakarta.validation.Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Log.error("Unexpected failure", e);
        return respond(500, "Something went wrong on our side; it has been logged.", uri, null);
    }

    static int statusOf(Throwable e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = STATUS.get(type);
            if (status != null) {
                return status;
            }
        }
        return 500;
    }

    static Response respond(int status, String detail, UriInfo uri, String currentHash) {
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String path;
        try {
            path = uri.getPath();
        } catch (IllegalArgumentException e) {
            path = uri.getRequestUri().getRawPath(); // escapes that do not decode
        }
        if (path.startsWith("/api/") || path.equals("/api")) {
            return Response.status(status)
                    .type(PROBLEM_JSON)
                    .entity(new ProblemDetail("about:blank", title, status, detail, path, currentHash))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail))
                .build();
    }
}
