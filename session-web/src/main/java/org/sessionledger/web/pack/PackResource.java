package org.sessionledger.web.pack;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.sessionledger.domain.session.Session;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** Audit packs ({@code POST /api/packs}) and the public key that checks them ({@code GET /api/keys}). */
@Path("/api")
public class PackResource {

    /** The server's public key: PEM, what {@code session verify --key} takes, and its fingerprint. */
    public record PublicKey(String algorithm, String pem, String fingerprint) {}

    private final PackService packs;
    private final PackKeys keys;
    private final SecurityIdentity identity;

    PackResource(PackService packs, PackKeys keys, SecurityIdentity identity) {
        this.packs = packs;
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Path("packs")
    @Access(Need.MAINTAIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/zip")
    public Response pack(
            @NotNull(message = "a JSON object with the pack's sessions or days is required") @Valid PackRequest request,
            UriInfo uri) {
        List<Session> sessions = packs.sessions(request);
        String user = identity.getPrincipal().getName();
        String server = uri.getBaseUri().getHost();
        StreamingOutput body = out -> packs.write(request, sessions, user, server, out);
        String name = "audit-pack-" + Instant.now().toString().replace(":", "").replace(".", "") + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("keys")
    @Access(Need.PUBLIC)
    @Produces(MediaType.APPLICATION_JSON)
    public PublicKey key() {
        SigningKey key = keys.key();
        return new PublicKey("Ed25519", key.publicKeyPem(), key.fingerprint());
    }
}
