package org.sessionledger.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Git's smart HTTP protocol on a free loopback port, with HTTP Basic authentication: each request is handed to
 * Debian's {@code git http-backend} (CGI) once the user and token match, and answered 401 otherwise. A real HTTP
 * transport for tests of credentials.
 */
public final class GitHttpServer implements AutoCloseable {

    private static final String BACKEND = "/usr/lib/git-core/git-http-backend";

    private final HttpServer server;
    private final Path base;
    private final String expected;

    private GitHttpServer(HttpServer server, Path base, String user, String token) {
        this.server = server;
        this.base = base;
        this.expected =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the bare repositories under {@code base} to {@code user} with {@code token}. */
    public static GitHttpServer serve(Path base, String user, String token) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            GitHttpServer git = new GitHttpServer(server, base, user, token);
            server.createContext("/", git::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return git;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!expected.equals(auth)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            ProcessBuilder pb = new ProcessBuilder(BACKEND);
            Map<String, String> env = pb.environment();
            env.put("GIT_PROJECT_ROOT", base.toString());
            env.put("GIT_HTTP_EXPORT_ALL", "1");
            env.put("REMOTE_USER", "tester");
            env.put("REMOTE_ADDR", "127.0.0.1");
            env.put("REQUEST_METHOD", exchange.getRequestMethod());
            env.put("PATH_INFO", exchange.getRequestURI().getRawPath());
            env.put(
                    "QUERY_STRING",
                    exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : exchange.getRequestURI().getRawQuery());
            env.put("CONTENT_LENGTH", Integer.toString(body.length));
            header(exchange, "Content-Type", env, "CONTENT_TYPE");
            header(exchange, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
            header(exchange, "Git-Protocol", env, "GIT_PROTOCOL");
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(body);
            }
            respond(exchange, p.getInputStream());
        }
    }

    private static void header(HttpExchange exchange, String name, Map<String, String> env, String variable) {
        String value = exchange.getRequestHeaders().getFirst(name);
        if (value != null) {
            env.put(variable, value);
        }
    }

    /** Copies the CGI answer: its headers (a {@code Status:} line sets the code), a blank line, the body. */
    private static void respond(HttpExchange exchange, InputStream cgi) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        cgi.transferTo(all);
        byte[] bytes = all.toByteArray();
        int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        int skip = 4;
        if (split < 0) {
            split = indexOf(bytes, "\n\n".getBytes(StandardCharsets.US_ASCII));
            skip = 2;
        }
        if (split < 0) {
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        int status = 200;
        for (String line : new String(bytes, 0, split, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.split(" ")[0]);
            } else {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        int length = bytes.length - split - skip;
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            exchange.getResponseBody().write(bytes, split + skip, length);
        }
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
