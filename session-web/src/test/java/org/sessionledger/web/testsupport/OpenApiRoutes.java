package org.sessionledger.web.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The route table of the app under test, read from its OpenAPI document ({@code /q/openapi?format=json}). */
public final class OpenApiRoutes {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiRoutes() {}

    /**
     * One operation: its method, its path template ({@code /api/sessions/{id}}), the names of its path and query
     * parameters, the enumerated values of those that have them, and the media type of its body (empty for none).
     */
    public record Route(
            String method,
            String template,
            List<String> pathParams,
            List<String> queryParams,
            Map<String, List<String>> choices,
            String bodyType) {

        public boolean api() {
            return template.startsWith("/api/") || template.equals("/api");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public static List<Route> parse(String json) throws IOException {
        List<Route> routes = new ArrayList<>();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    routes.add(route(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return routes;
    }

    private static Route route(String method, String template, JsonNode item, JsonNode operation) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        Map<String, List<String>> choices = new java.util.HashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            switch (p.path("in").asText()) {
                case "path" -> pathParams.add(name);
                case "query" -> queryParams.add(name);
                default -> {
                    continue;
                }
            }
            List<String> values = new ArrayList<>();
            p.path("schema").path("enum").forEach(v -> values.add(v.asText()));
            String pattern = p.path("schema").path("pattern").asText("");
            if (values.isEmpty() && pattern.matches("[a-z|]+")) {
                values.addAll(List.of(pattern.split("\\|")));
            }
            if (!values.isEmpty()) {
                choices.put(name, values);
            }
        }
        // path parameters the document leaves out (it names them in the template all the same)
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([^}:]+)").matcher(template);
        while (m.find()) {
            if (!pathParams.contains(m.group(1))) {
                pathParams.add(m.group(1));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> types =
                operation.path("requestBody").path("content").properties().iterator();
        return new Route(
                method,
                template,
                pathParams,
                queryParams,
                choices,
                types.hasNext() ? types.next().getKey() : "");
    }
}
