package org.sessionledger.web.secret;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** The findings page ({@code /secrets}): where credentials were masked, and when each was first and last seen. */
@Path("/")
public class SecretsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance secrets(List<SecretFindings.Finding> findings);
    }

    private final SecretFindings findings;

    SecretsPage(SecretFindings findings) {
        this.findings = findings;
    }

    @GET
    @Path("secrets")
    @Produces(MediaType.TEXT_HTML)
    @Access(Need.MAINTAIN)
    public TemplateInstance page() {
        return Templates.secrets(findings.all());
    }
}
