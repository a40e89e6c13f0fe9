package org.sessionledger.web.secret;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.reads.ReadNotes;
import org.sessionledger.web.reads.Recorded;

/** The findings page ({@code /secrets}): where credentials were masked, and when each was first and last seen. */
@Path("/")
public class SecretsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance secrets(List<SecretFindings.Finding> findings);

        static native TemplateInstance revealed(SecretsResource.Revealed revealed, String reason);
    }

    private final SecretFindings findings;
    private final Validator validator;

    SecretsPage(SecretFindings findings, Validator validator) {
        this.findings = findings;
        this.validator = validator;
    }

    @GET
    @Path("secrets")
    @Produces(MediaType.TEXT_HTML)
    @Access(Need.MAINTAIN)
    public TemplateInstance page() {
        return Templates.secrets(findings.all());
    }

    /** One finding's value, for a maintainer who says why (the read record keeps who, when, which and why). */
    @POST
    @Path("secrets/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Access(Need.MAINTAIN)
    @Recorded("reveal")
    public Response reveal(@RestForm String file, @RestForm String fingerprint, @RestForm String reason) {
        RevealRequest request = new RevealRequest(file, fingerprint, reason);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        ReadNotes.add("file=" + file + " fingerprint=" + fingerprint + " reason=" + reason.strip());
        SecretsResource.Revealed revealed = findings.reveal(file, fingerprint);
        return Response.ok(Templates.revealed(revealed, reason.strip()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
