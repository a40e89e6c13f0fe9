package org.sessionledger.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.sessionledger.domain.error.InvalidRequestException;

/**
 * The command line acting through a server's API ({@code --server URL --token T}) instead of on the files: the token
 * says who acts, the server checks their rights, and its audit trail records the write.
 */
final class RemoteLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    RemoteLedger(String server, String token) {
        this.server = URI.create(server.endsWith("/") ? server : server + "/");
        this.token = token;
    }

    /** POSTs a JSON body; answers the response's JSON, or throws with the server's problem detail. */
    JsonNode post(String path, Map<String, String> body) throws IOException {
        String json = JSON.writeValueAsString(body);
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonNode get(String path) throws IOException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : parse(r.body());
        if (r.statusCode() >= 400) {
            String detail = body.path("detail").asText("");
            throw new InvalidRequestException(r.statusCode() + (detail.isEmpty() ? " from " + server : ": " + detail));
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("detail", text.length() > 200 ? text.substring(0, 200) : text);
        }
    }
}
