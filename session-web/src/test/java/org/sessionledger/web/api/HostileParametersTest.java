package org.sessionledger.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.template.TemplateExtensions;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.OpenApiRoutes;
import org.sessionledger.web.testsupport.OpenApiRoutes.Route;
import org.sessionledger.web.testsupport.RawHttp;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * Every operation of the OpenAPI document, called with hostile values in each path and query parameter and hostile
 * bodies, anonymously and as an editor: nothing answers 5xx, every 4xx under {@code /api} is a problem document with
 * its status, and every 4xx of a page is the HTML error page. A new route is covered as soon as it is in the document.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class HostileParametersTest {

    /** Values as the application sees them, once decoded; each is sent percent-encoded. */
    private static final List<String> VALUES = List.of(
            "",
            "abc",
            "-1",
            "0",
            "2147483648",
            "100000000",
            "x".repeat(10_240),
            "\u0000",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "+1000000000-01-01T00:00:00Z",
            "\u2603 \u00e9 \ud834\udd1e \u202e",
            "%",
            "a\\b");

    /** Pieces sent as they are, not encoded: escapes that do not decode. */
    private static final List<String> RAW = List.of("%", "%zz", "%C3%28", "%00");

    private static final Map<String, List<String>> BODIES = Map.of(
            "application/json",
            List.of(
                    "",
                    "[]",
                    "\"x\"",
                    "{}",
                    "{\"text\":null}",
                    "{",
                    "{\"goal\":[1],\"coordinator\":{},\"reason\":[],\"text\":{\"a\":1},\"category\":[],"
                            + "\"topic\":{},\"to\":[],\"note\":{},\"expectedHash\":[]}",
                    "{\"text\":\"a\\u0000b\",\"to\":\"lee\\nmallory\",\"goal\":\"\\u001b[31m\"}"),
            "application/x-www-form-urlencoded",
            List.of("", "a=b", "action=log&text=%00", "goal=%3Cscript%3E", "action=" + "x".repeat(10_240)));

    private static final String EDITOR = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8)) + "\r\n";

    /** A request to send and how it was made, for the report. */
    private record Call(String method, String target, String type, String body) {}

    @Test
    void noOperationFailsOnHostileInput() throws IOException {
        Ready.awaitIndexed();
        String own = given().auth()
                .preemptive()
                .basic("editor", "editor")
                .contentType(ContentType.JSON)
                .body(Map.of("goal", "Hostile walk"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        List<Route> routes = OpenApiRoutes.parse(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(routes).extracting(Route::toString).contains("GET /api/search", "POST /api/sessions/{id}/entries");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Route route : routes) {
            for (Call call : calls(route, own)) {
                for (String user : new String[] {"", EDITOR}) {
                    check(route, call, user, failures);
                    calls++;
                }
            }
        }
        assertThat(calls).isGreaterThan(1000);
        assertThat(failures).as("%d of %d calls", failures.size(), calls).isEmpty();
    }

    private static List<Call> calls(Route route, String own) {
        List<Call> calls = new ArrayList<>();
        String plainBody = route.bodyType().isEmpty() ? "" : "{}";
        String type = route.bodyType().isEmpty() ? "" : route.bodyType();
        calls.add(new Call(route.method(), target(route, own, null, null, false), type, plainBody));
        List<String> params = new ArrayList<>(route.pathParams());
        params.addAll(route.queryParams());
        for (String param : params) {
            for (String value : VALUES) {
                calls.add(new Call(route.method(), target(route, own, param, value, false), type, plainBody));
            }
            for (String raw : RAW) {
                calls.add(new Call(route.method(), target(route, own, param, raw, true), type, plainBody));
            }
        }
        for (String body : BODIES.getOrDefault(route.bodyType(), List.of())) {
            calls.add(new Call(route.method(), target(route, own, null, null, false), type, body));
        }
        return calls;
    }

    /** The route's path with plausible values, except {@code hostile} for parameter {@code param}. */
    private static String target(Route route, String own, String param, String hostile, boolean raw) {
        String path = route.template();
        for (String name : route.pathParams()) {
            String value = name.equals(param) ? hostile : plausible(route, name, own);
            String sent = raw && name.equals(param) ? value : TemplateExtensions.segment(value);
            path = path.replaceFirst(
                    "\\{" + java.util.regex.Pattern.quote(name) + "(:[^}]*)?}", sent.replace("$", "\\$"));
        }
        if (param != null && route.queryParams().contains(param)) {
            String sent = raw ? hostile : java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8);
            path += "?" + param + "=" + sent;
        }
        return path;
    }

    private static String plausible(Route route, String name, String own) {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("id", own);
        known.put("key", own);
        known.put("kind", "session");
        known.put("format", "md");
        known.put("project", "workspace"); // the fixture's folder: the server's one project
        known.put("name", "workspace");
        return route.choices().containsKey(name) ? route.choices().get(name).get(0) : known.getOrDefault(name, "x");
    }

    private static void check(Route route, Call call, String user, List<String> failures) throws IOException {
        String headers = user
                + (call.type().isEmpty() ? "" : "Content-Type: " + call.type() + "\r\n")
                + (call.method().equals("GET")
                        ? ""
                        : "Content-Length: " + call.body().getBytes(StandardCharsets.UTF_8).length + "\r\n");
        String who = user.isEmpty() ? "anonymous" : "editor";
        RawHttp.Reply reply;
        try {
            reply = RawHttp.send(call.method(), call.target(), headers, call.body());
        } catch (java.net.SocketTimeoutException e) {
            failures.add("no answer for " + who + " " + call.method() + " " + abbreviated(call.target()) + " body "
                    + abbreviated(call.body()) + " (" + route + ")");
            return;
        }
        int status = reply.status();
        String what = status + " for " + who + " " + call.method() + " " + abbreviated(call.target()) + " body "
                + abbreviated(call.body()) + " (" + route + ")";
        String type = reply.header("content-type");
        if (status >= 500 || status == 0) {
            failures.add(what);
        } else if (status >= 400 && status != 401 && route.api()) {
            if (!type.startsWith("application/problem+json") || !reply.body().contains("\"status\":" + status)) {
                failures.add(what + ": not a problem document but " + type + " " + abbreviated(reply.body()));
            }
        } else if (status >= 400 && status != 401 && !type.startsWith("text/html")) {
            failures.add(what + ": not the error page but " + type);
        }
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
        return shown.replace("\u0000", "\\0").replace("\n", "\\n");
    }
}
