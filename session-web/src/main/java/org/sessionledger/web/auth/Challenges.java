package org.sessionledger.web.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sessionledger.web.error.ProblemDetail;

/**
 * What a request is answered when its credentials do not do: under {@code /api} (and for HTTP Basic) a status with
 * an RFC 9457 problem document, and a Basic challenge on 401; pages are sent to the login form, which brings the
 * browser back afterwards.
 */
final class Challenges {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String LOGIN_PAGE = "/login.html";
    /** Where a page that needed a login was, so that the login form can return there. */
    static final String RETURN_COOKIE = "ledger-login-return";

    private static final String BASIC_CHALLENGE = "Basic realm=\"Session Ledger\", charset=\"UTF-8\"";

    /** A status, its headers and, for the API, its problem document. */
    record Challenge(int status, Map<String, String> headers, ProblemDetail problem) {

        Response toResponse() {
            Response.ResponseBuilder builder = Response.status(status);
            headers.forEach(builder::header);
            return problem == null
                    ? builder.build()
                    : builder.type(PROBLEM_JSON).entity(problem).build();
        }
    }

    private Challenges() {}

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** No credentials, or wrong ones. */
    static Challenge unauthorized(String path, boolean triedBasic) {
        if (isApi(path) || triedBasic) {
            return new Challenge(
                    401,
                    Map.of("WWW-Authenticate", BASIC_CHALLENGE),
                    isApi(path)
                            ? problem(
                                    401,
                                    "Log in first: send HTTP Basic credentials, or the cookie of the login form"
                                            + " with its X-CSRF-Token header.",
                                    path)
                            : null);
        }
        return new Challenge(302, Map.of("Location", LOGIN_PAGE, "Cache-Control", "no-store"), null);
    }

    /** Too many failed logins for the user name or from the address. */
    static Challenge locked(String path, Duration retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(seconds(retryAfter)));
        return new Challenge(
                429,
                headers,
                problem(429, "Too many failed logins; try again in " + seconds(retryAfter) + " s.", path));
    }

    static Challenge forbidden(String path, String detail) {
        return new Challenge(403, Map.of(), problem(403, detail, path));
    }

    static ProblemDetail problem(int status, String detail, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new ProblemDetail("about:blank", title, status, detail, path, null);
    }

    /** Writes a challenge straight to the response (outside the REST layer, e.g. during authentication). */
    static void send(RoutingContext ctx, Challenge challenge) {
        if (challenge.status() == 302) {
            rememberReturn(ctx);
        }
        var response = ctx.response().setStatusCode(challenge.status());
        challenge.headers().forEach(response::putHeader);
        ProblemDetail p = challenge.problem();
        if (p == null) {
            response.end();
            return;
        }
        JsonObject json = new JsonObject()
                .put("type", p.type())
                .put("title", p.title())
                .put("status", p.status())
                .put("detail", p.detail())
                .put("instance", p.instance());
        response.putHeader("Content-Type", PROBLEM_JSON).end(json.encode());
    }

    /** On the way to the login form from a page, remembers that page (GETs only). */
    static void rememberReturn(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.GET) {
            return;
        }
        String uri = ctx.request().uri();
        if (uri.startsWith("/") && !uri.startsWith("//") && !uri.startsWith(LOGIN_PAGE)) {
            String value = URLEncoder.encode(uri, StandardCharsets.UTF_8);
            ctx.response().addCookie(cookie(ctx, RETURN_COOKIE, value).setMaxAge(600));
        }
    }

    /** A cookie for this app's own use: not for scripts, not sent along by other sites, Secure over HTTPS. */
    static Cookie cookie(RoutingContext ctx, String name, String value) {
        return Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(SameOrigin.secure(ctx.request()));
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
