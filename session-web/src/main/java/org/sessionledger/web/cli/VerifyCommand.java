package org.sessionledger.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.web.pack.PackVerifier;
import org.sessionledger.web.pack.SigningKey;

/**
 * {@code session verify pack.zip [--key FILE | --server URL]}: checks an audit pack offline against the server's
 * public key (a PEM file, or fetched from {@code <server>/api/keys}); without either, against the key inside the pack,
 * which shows the pack is whole but not who made it.
 */
final class VerifyCommand {

    private static final Pattern PEM = Pattern.compile("\"pem\"\\s*:\\s*\"([^\"]+)\"");

    private final PrintStream out;
    private final PrintStream err;

    VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** 0: the pack verifies; 1: it does not (each reason printed); 2: it could not be checked. */
    int run(Path pack, String keyFile, String server) {
        Optional<PublicKey> key;
        try {
            key = trustedKey(keyFile, server);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the public key: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
        PackVerifier.Report report;
        try {
            report = PackVerifier.verify(pack, key);
        } catch (IOException e) {
            err.println("cannot read " + pack + ": " + e.getMessage());
            return 2;
        }
        if (key.isEmpty()) {
            err.println("note: no --key or --server given; checked against the key inside the pack, which proves the"
                    + " pack is whole, not who made it");
        } else if (!report.keyMatches()) {
            out.println("the public key inside the pack is not the one given");
        }
        out.println(report.signatureValid() ? "signature: valid" : "signature: NOT valid for this key");
        report.problems().forEach(p -> out.println("mismatch: " + p));
        report.manifest()
                .ifPresent(m -> out.println(m.files().size() + " files listed; made " + m.created() + " by " + m.user()
                        + " on " + m.server()));
        out.println(report.ok() ? "pack verified" : "pack NOT verified");
        return report.ok() ? 0 : 1;
    }

    private static Optional<PublicKey> trustedKey(String keyFile, String server)
            throws IOException, InterruptedException {
        if (keyFile != null) {
            return Optional.of(SigningKey.readPem(Files.readString(Path.of(keyFile))));
        }
        if (server == null) {
            return Optional.empty();
        }
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/api/keys"))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher m = PEM.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IOException(server + "/api/keys answered " + response.statusCode());
        }
        return Optional.of(SigningKey.readPem(m.group(1).replace("\\n", "\n")));
    }
}
