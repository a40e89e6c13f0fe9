package org.sessionledger.web.secret;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.reads.ReadNotes;
import org.sessionledger.web.reads.Recorded;

/**
 * {@code GET /api/secrets}: the findings page as JSON (file, line, kind, last four characters, fingerprint, times);
 * {@code POST /api/secrets/reveal}: one finding's value, for a maintainer who says why (recorded in the read record).
 */
@Path("/api/secrets")
public class SecretsResource {

    /** What a reveal answers; never cached. */
    public record Revealed(String file, String fingerprint, String kind, int line, String value) {}

    private final SecretFindings findings;

    SecretsResource(SecretFindings findings) {
        this.findings = findings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Need.MAINTAIN)
    public List<SecretFindings.Finding> findings() {
        return findings.all();
    }

    @POST
    @Path("reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Need.MAINTAIN)
    @Recorded("reveal")
    public Response reveal(
            @NotNull(message = "a JSON object with file, fingerprint and reason is required") @Valid
                    RevealRequest request) {
        ReadNotes.add("file=" + request.file() + " fingerprint=" + request.fingerprint() + " reason="
                + request.reason().strip());
        Revealed revealed = findings.reveal(request.file(), request.fingerprint());
        return Response.ok(revealed).header("Cache-Control", "no-store").build();
    }
}
