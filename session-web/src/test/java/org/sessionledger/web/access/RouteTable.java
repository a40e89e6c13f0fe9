package org.sessionledger.web.access;

import static org.sessionledger.testkit.FixtureNames.MAIN_TASK;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;
import static org.sessionledger.testkit.FixtureNames.V8_SESSION;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sessionledger.web.auth.Need;

/**
 * The expected rule of every route, written down apart from the code: a route that is added without a line here, or
 * whose {@code @Access} differs from it, fails {@link RoleMatrixTest}. Each line also gives a request that exercises
 * the route without changing anything when it is allowed (an invalid body, a stale hash, an unknown id).
 */
final class RouteTable {

    /** How to call a route: URL, and a JSON body or form fields (form fields as {@code a=b&c=d}). */
    record Call(Need need, String url, String json, String form) {}

    static final Map<String, Call> ROUTES = new LinkedHashMap<>();

    private static final String S = "/sessions/" + V2_SESSION;
    private static final String API_S = "/api" + S;

    static {
        get("GET /", Need.READ, "/");
        get("GET /sessions/{id}", Need.READ, S);
        form("POST /sessions", Need.WRITE, "/sessions", "goal=");
        form("POST /sessions/{id}/actions", Need.WRITE, S + "/actions", "action=nothing");
        get("GET /tasks/{id}", Need.READ, "/tasks/" + MAIN_TASK);
        get("GET /files/{path:.+}", Need.READ, "/files/.roo/commander/sessions/" + V2_SESSION + "/session_log.md");
        get("GET /search", Need.READ, "/search?q=ledger");
        get("GET /api/search", Need.READ, "/api/search?q=ledger");
        get("GET /trace/{kind:session|task|file}/{key:.+}", Need.READ, "/trace/session/" + V2_SESSION);
        get("GET /links", Need.READ, "/links");
        get("GET /api/trace/{kind:session|task|file}/{key:.+}", Need.READ, "/api/trace/session/" + V2_SESSION);
        get("GET /api/links/broken", Need.READ, "/api/links/broken");
        get("GET /reports/sessions/{id}", Need.READ, "/reports" + S);
        get("GET /reports/sessions/{id}/export.{format}", Need.READ, "/reports" + S + "/export.md");
        get("GET /reports/audit", Need.MAINTAIN, "/reports/audit");
        get("GET /reports/audit/export.{format}", Need.MAINTAIN, "/reports/audit/export.csv");
        get("GET /api/sessions", Need.READ, "/api/sessions");
        get("GET /api/sessions/{id}", Need.READ, API_S);
        get("GET /api/diagnostics", Need.READ, "/api/diagnostics");
        get("GET /api/index/progress", Need.PUBLIC, "/api/index/progress");
        get("GET /api/events", Need.READ, "/api/events");
        json("POST /api/sessions", Need.WRITE, "/api/sessions", "{\"goal\":\"\"}");
        json(
                "POST /api/sessions/{id}/{transition:pause|resume|complete|error}",
                Need.WRITE,
                API_S + "/pause",
                "{\"expectedHash\":\"0\"}");
        json(
                "POST /api/sessions/{id}/reopen",
                Need.MAINTAIN,
                "/api/sessions/" + V8_SESSION + "/reopen",
                "{\"expectedHash\":\"0\"}");
        json("POST /api/sessions/{id}/entries", Need.WRITE, API_S + "/entries", "{\"text\":\"\"}");
        json("POST /api/sessions/{id}/artifacts", Need.WRITE, API_S + "/artifacts", "{\"category\":\"nope\"}");
        json("POST /api/sessions/{id}/handoff", Need.WRITE, API_S + "/handoff", "{\"to\":\"nobody\"}");
        get("GET /api/audit", Need.MAINTAIN, "/api/audit");
        get("GET /sessions/{id}/history/{commit}", Need.READ, S + "/history/0000000");
        get("GET /api/sessions/{id}/history", Need.READ, API_S + "/history");
        get("GET /api/sessions/{id}/history/{commit}", Need.READ, API_S + "/history/0000000");
        get("GET /api/projects", Need.PUBLIC, "/api/projects");
        get("GET /api/projects/{name}", Need.PUBLIC, "/api/projects/no-such-project");
        json("POST /api/projects", Need.ADMIN, "/api/projects", "{}");
        ROUTES.put("PUT /api/projects/{name}", new Call(Need.ADMIN, "/api/projects/no-such-project", "{}", null));
        ROUTES.put("DELETE /api/projects/{name}", new Call(Need.ADMIN, "/api/projects/no-such-project", null, null));
        json("POST /api/projects/{name}/hooks/push", Need.PUBLIC, "/api/projects/no-such-project/hooks/push", "{}");
        get("GET /secrets", Need.MAINTAIN, "/secrets");
        get("GET /api/secrets", Need.MAINTAIN, "/api/secrets");
        json("POST /api/secrets/reveal", Need.MAINTAIN, "/api/secrets/reveal", "{}");
        form("POST /secrets/reveal", Need.MAINTAIN, "/secrets/reveal", "file=x");
        json("POST /api/packs", Need.MAINTAIN, "/api/packs", "{}");
        get("GET /api/keys", Need.PUBLIC, "/api/keys");
        get("GET /login.html", Need.PUBLIC, "/login.html");
        // single sign-on's code flow guards it, with a provider only (OidcKeycloakTest); no request here
        get("GET /login/oidc", Need.LOGIN, null);
        get("GET /logout", Need.PUBLIC, "/logout");
        form("POST /logout", Need.PUBLIC, "/logout", "x=1");
        get("GET /account", Need.LOGIN, "/account");
        get("GET /account/password", Need.LOGIN, "/account/password");
        form("POST /account/password", Need.LOGIN, "/account/password", "current=wrong&new=x&repeated=y");
        form("POST /account/tokens", Need.LOGIN, "/account/tokens", "name=");
        form("POST /account/tokens/{id}/revoke", Need.LOGIN, "/account/tokens/999999/revoke", "x=1");
        get("GET /api/tokens", Need.LOGIN, "/api/tokens");
        json("POST /api/tokens", Need.LOGIN, "/api/tokens", "{\"name\":\"\"}");
        ROUTES.put("DELETE /api/tokens/{id}", new Call(Need.LOGIN, "/api/tokens/999999", null, null));
        get("GET /assigned", Need.LOGIN, "/assigned");
        form("POST /assigned/read", Need.LOGIN, "/assigned/read", "x=1");
        get("GET /members", Need.MAINTAIN, "/members");
        form("POST /members", Need.MAINTAIN, "/members", "user=nobody&role=viewer");
        form("POST /members/public", Need.ADMIN, "/members/public", "publicRead=false");
        get("GET /admin/reads", Need.MAINTAIN, "/admin/reads");
        get("GET /admin/reads/export.{format}", Need.MAINTAIN, "/admin/reads/export.csv");
        get("GET /admin/users", Need.ADMIN, "/admin/users");
        form("POST /admin/users", Need.ADMIN, "/admin/users", "name=");
        form("POST /admin/users/{name}", Need.ADMIN, "/admin/users/viewer", "action=nothing");
        // last: it rebuilds the mirrors in the background
        ROUTES.put("POST /api/admin/rebuild", new Call(Need.ADMIN, "/api/admin/rebuild", "{}", null));
    }

    /** Routes outside the REST resources: health, API docs, metrics, static files. */
    static final Map<String, Call> OTHERS = Map.of(
            "GET /q/health", new Call(Need.PUBLIC, "/q/health", null, null),
            "GET /q/openapi", new Call(Need.PUBLIC, "/q/openapi", null, null),
            "GET /q/metrics", new Call(Need.ADMIN, "/q/metrics", null, null),
            "GET /css/app.css", new Call(Need.PUBLIC, "/css/app.css", null, null));

    private RouteTable() {}

    private static void get(String key, Need need, String url) {
        ROUTES.put(key, new Call(need, url, null, null));
    }

    private static void json(String key, Need need, String url, String body) {
        ROUTES.put(key, new Call(need, url, body, null));
    }

    private static void form(String key, Need need, String url, String fields) {
        ROUTES.put(key, new Call(need, url, null, fields));
    }
}
