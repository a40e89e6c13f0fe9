package org.sessionledger.web.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.ForbiddenException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.project.ProjectSource;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/**
 * The push webhook of a git project: the project is fetched at once (only the paths that changed are read again).
 * Authenticated by the project's secret, as GitHub ({@code X-Hub-Signature-256}: an HMAC-SHA256 of the body), Gitea
 * ({@code X-Gitea-Signature}), GitLab ({@code X-Gitlab-Token}) or a bare POST ({@code X-Ledger-Secret}) send it.
 * A push to another branch is acknowledged and ignored.
 */
@Path("/api/projects/{name}/hooks/push")
@Produces(MediaType.APPLICATION_JSON)
public class PushHookResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectRegistry projects;

    PushHookResource(ProjectRegistry projects) {
        this.projects = projects;
    }

    /** What the hook did: {@code fetching}, or {@code ignored} with why. */
    public record Answer(String project, String result, String detail) {}

    @POST
    @Access(Need.PUBLIC) // authenticated by the project's hook secret
    @Consumes(MediaType.WILDCARD)
    public Answer push(@RestPath String name, HttpHeaders headers, byte[] body) {
        ProjectRegistry.Entry entry = projects.get(name).orElseThrow(() -> new NotFoundException("project", name));
        if (!(entry.spec().project().source() instanceof ProjectSource.Git git)) {
            throw new NotFoundException("git project", name);
        }
        String secret = entry.spec()
                .hookSecret()
                .orElseThrow(() -> new ForbiddenException("This project has no webhook secret: set"
                        + " sessions.projects." + name + ".hook-secret to turn its webhook on."));
        byte[] payload = body == null ? new byte[0] : body;
        if (!authentic(headers, payload, secret)) {
            throw new ForbiddenException("The webhook's signature or secret does not match this project's.");
        }
        Optional<String> ref = ref(payload);
        if (ref.isPresent() && !ref.get().equals("refs/heads/" + git.branch())) {
            return new Answer(name, "ignored", "a push to " + ref.get() + ", not to " + git.branch());
        }
        entry.runtime().git().orElseThrow().fetchSoon();
        return new Answer(name, "fetching", "the branch " + git.branch() + " is fetched now");
    }

    static boolean authentic(HttpHeaders headers, byte[] body, String secret) {
        String hub = headers.getHeaderString("X-Hub-Signature-256");
        if (hub != null) {
            return hub.startsWith("sha256=") && same(hub.substring(7), hmac(secret, body));
        }
        String gitea = headers.getHeaderString("X-Gitea-Signature");
        if (gitea != null) {
            return same(gitea, hmac(secret, body));
        }
        String token = Optional.ofNullable(headers.getHeaderString("X-Gitlab-Token"))
                .orElse(headers.getHeaderString("X-Ledger-Secret"));
        return token != null && same(token, secret);
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(
                        given.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                        expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                || MessageDigest.isEqual(
                        given.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pushed ref of a GitHub, GitLab or Gitea payload; empty for a bare POST or an unknown body. */
    static Optional<String> ref(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode ref = node == null ? null : node.get("ref");
            return ref != null && ref.isTextual() ? Optional.of(ref.asText()) : Optional.empty();
        } catch (IOException e) {
            throw new InvalidRequestException("The webhook's body is not JSON.");
        }
    }
}
