package org.sessionledger.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.microprofile.config.Config;

/**
 * Failures that happen before a request reaches a resource (a body over the size limit, a URI too long, a path or
 * query that cannot be decoded) get the same answers as the resources' own errors: a problem document under
 * {@code /api}, the error page elsewhere.
 */
@ApplicationScoped
public class HttpFailures {

    /** Longer request targets are refused with 414 (the server reads lines up to {@code max-initial-line-length}). */
    static final int MAX_URI_LENGTH = 8192;

    /**
     * Quarkus checks each URI before any route sees it and answers a malformed one with an empty 400; this system
     * property, set by {@code Main} before Quarkus starts (and by the build for tests), leaves the check to us.
     */
    public static final String URI_CHECK = "vertx.disableURIValidation";

    private final ObjectMapper json;
    private final long maxBodyBytes;

    HttpFailures(ObjectMapper json, Config config) {
        this.json = json;
        this.maxBodyBytes = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // what the router answers itself, such as a path whose %-escapes cannot be decoded
        router.errorHandler(400, context -> respond(context, 400));
    }

    /**
     * Refuses what the server's own checks would refuse with an empty answer: a URI that is not one (such as a lone
     * {@code %}; {@link #URI_CHECK} hands that check to this handler), a long URI, a body over the limit.
     */
    private void limits(RoutingContext context) {
        if (!valid(context.request().uri())) {
            respond(context, 400);
        } else if (context.request().uri().length() > MAX_URI_LENGTH) {
            respond(context, 414);
        } else if (declaredLength(context) > maxBodyBytes) {
            // the body is not read: close the connection once answered, as the server's own check does
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response().endHandler(done -> context.request().connection().close());
            respond(context, 413);
        } else {
            context.next();
        }
    }

    private static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof io.quarkus.security.AuthenticationRedirectException) {
            // single sign-on sends the browser to its provider: Quarkus's own handler answers that redirect
            context.next();
            return;
        }
        respond(context, failure == null ? context.statusCode() : ExceptionMappers.statusOf(failure));
    }

    private void respond(RoutingContext context, int code) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Throwable failure = context.failure();
        int status = code < 400 ? 500 : code;
        if (status >= 500) {
            Log.error("Request failed", failure);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status >= 500 ? "Something went wrong on our side; it has been logged." : detail(status);
        String path = context.request().path();
        response.setStatusCode(status);
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, ExceptionMappers.PROBLEM_JSON.toString());
            response.end(problem(new ProblemDetail("about:blank", title, status, detail, path, null)));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
            response.end(ExceptionMappers.Templates.error(status, title, detail).render());
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check the escapes (%) in its address.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request address is too long.";
            default -> "The request could not be handled.";
        };
    }

    private String problem(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
