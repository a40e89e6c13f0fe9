package org.sessionledger.web.testsupport;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that ordinary clients refuse to send: a lone {@code %} in the target, a
 * forged {@code Host}, a {@code Content-Length} larger than the body that follows.
 */
public final class RawHttp {

    private RawHttp() {}

    /** A response as it came: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * Sends the request line, the given header lines (each ending in CRLF; {@code Host: localhost} unless they name
     * another) and body, and reads the response until the server closes.
     */
    public static Reply send(String method, String target, String headers, String body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String host = headers.toLowerCase(Locale.ROOT).contains("host:") ? "" : "Host: localhost\r\n";
            String head = method + " " + target + " HTTP/1.1\r\n" + host + headers + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    public static Reply get(String target) throws IOException {
        return send("GET", target, "", "");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
                if (endlessStream(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // the server may reset the connection after answering: keep what came
        }
        return bytes.toByteArray();
    }

    /** Server-Sent Events never end: their head is the answer. */
    private static boolean endlessStream(byte[] received) {
        int end = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        return end > 0
                && new String(received, 0, end, StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT)
                        .contains("content-type: text/event-stream");
    }

    private static Reply parse(byte[] response) {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(response, 0, end < 0 ? response.length : end, StandardCharsets.ISO_8859_1);
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, end + 4, response.length);
        String[] lines = head.split("\r\n");
        int status = lines[0].isEmpty() ? 0 : Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < body.length) {
            int eol = indexOf(body, crlf, at);
            if (eol < 0) {
                break;
            }
            String line = new String(body, at, eol - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(line.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, eol + 2, Math.min(size, body.length - eol - 2));
            at = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i <= data.length - part.length; i++) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
