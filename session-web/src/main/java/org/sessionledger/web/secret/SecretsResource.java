package org.sessionledger.web.secret;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** {@code GET /api/secrets}: the findings page as JSON (file, line, kind, last four characters, fingerprint, times). */
@Path("/api/secrets")
public class SecretsResource {

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
}
