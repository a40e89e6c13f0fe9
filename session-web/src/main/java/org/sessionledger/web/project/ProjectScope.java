package org.sessionledger.web.project;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.project.ProjectRef;

/**
 * Which project a request is about. Pages of a project live under {@code /p/<name>/…} and its API under
 * {@code /api/projects/<name>/…}; both are taken to the routes of today ({@code /sessions/…}, {@code /api/sessions/…})
 * before matching, with the project kept beside the request. A request without a project is about the default one
 * (on a server with one project, the only one). An unknown project is 404.
 */
@ApplicationScoped
public class ProjectScope {

    /** Where the project of a request is kept, in its routing context. */
    static final String KEY = "ledger.project";

    /** The API routes that belong to a project ({@code /api/projects/<name>/<these>…}). */
    private static final Set<String> SCOPED_API = Set.of(
            "sessions",
            "search",
            "diagnostics",
            "index",
            "events",
            "trace",
            "links",
            "audit",
            "packs",
            "admin",
            "secrets");

    private final ProjectRegistry registry;

    ProjectScope(ProjectRegistry registry) {
        this.registry = registry;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> scope(ContainerRequestContext request, RoutingContext routing) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        String rest;
        String name;
        if (path.startsWith("/p/")) {
            int slash = path.indexOf('/', 3);
            name = slash < 0 ? path.substring(3) : path.substring(3, slash);
            rest = slash < 0 ? "/" : path.substring(slash);
        } else if (path.startsWith("/api/projects/")) {
            int slash = path.indexOf('/', 14);
            if (slash < 0) {
                return Optional.empty();
            }
            String next = path.substring(slash + 1);
            String first = next.contains("/") ? next.substring(0, next.indexOf('/')) : next;
            if (!SCOPED_API.contains(first)) {
                return Optional.empty(); // the project's own routes: /api/projects/<name>, …/hooks/push
            }
            name = path.substring(14, slash);
            rest = "/api/" + next;
        } else {
            return Optional.empty();
        }
        if (ProjectRef.parse(name).isEmpty() || registry.get(name).isEmpty()) {
            throw new NotFoundException("project", name);
        }
        routing.put(KEY, name);
        // the new request URI's path is taken decoded and decoded once more when matched: escape its escapes (a
        // session id "%" arrives as %25 and must stay %25), the query is kept raw
        request.setRequestUri(
                uri.resolve(rest.replace("%", "%25") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        return Optional.empty();
    }

    /** Whether {@code /api/<segment>…} is a route of a project. */
    static boolean scopedApi(String segment) {
        return SCOPED_API.contains(segment);
    }

    /** The project the current request names, if it names one. */
    public static Optional<String> requested() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext routing =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return routing == null ? Optional.empty() : Optional.ofNullable(routing.get(KEY));
    }

    /** The path prefix of the current request's project pages: {@code /p/<name>}, or empty without one. */
    public static String base() {
        return requested().map(n -> "/p/" + n).orElse("");
    }

    /** The prefix of the request's project API: {@code /api/projects/<name>}, or {@code /api} without one. */
    public static String apiBase() {
        return requested().map(n -> "/api/projects/" + n).orElse("/api");
    }

    /** The prefix of a project's pages. */
    public static String base(String project) {
        return "/p/" + project;
    }
}
