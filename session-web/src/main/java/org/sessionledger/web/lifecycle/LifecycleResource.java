package org.sessionledger.web.lifecycle;

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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.index.audit.AuditLog;
import org.sessionledger.index.audit.AuditRecord;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/**
 * JSON API of the lifecycle: the same actions as the session page's forms, for editors and admins. A write answers
 * once the index shows it (read your writes), or at once with {@code Prefer: respond-async}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LifecycleResource {

    /** What a write answers: the session and the log's new version. */
    public record Written(String sessionId, String hash, List<String> created) {
        static Written of(WriteResult r, java.nio.file.Path root) {
            return new Written(
                    r.sessionId(),
                    r.afterHash(),
                    r.created().stream()
                            .map(p -> org.sessionledger.fs.read.Workspace.portable(
                                    root.relativize(p).toString()))
                            .toList());
        }
    }

    /** How long a write waits for the mirrors before it answers anyway. */
    private static final java.time.Duration SHOWN_WITHIN = java.time.Duration.ofSeconds(5);

    private final LifecycleService lifecycle;
    private final SecurityIdentity identity;
    private final AuditLog audit;

    LifecycleResource(LifecycleService lifecycle, SecurityIdentity identity, AuditLog audit) {
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.audit = audit;
    }

    @POST
    @Path("sessions")
    @Access(Need.WRITE)
    public Response start(
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid StartRequest body, @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        WriteResult r = lifecycle.start(body.goal(), body.coordinator(), actor());
        return shown(Response.status(201).entity(Written.of(r, lifecycle.root())), prefer);
    }

    @POST
    @Path("sessions/{id}/{transition:pause|resume|complete|error}")
    @Access(Need.WRITE)
    public Response transition(
            @RestPath String id,
            @RestPath String transition,
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid TransitionRequest body,
            @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        Transition t = Transition.valueOf(transition.toUpperCase(Locale.ROOT));
        return shown(ok(lifecycle.transition(id, t, actor(), body.reason(), body.expected())), prefer);
    }

    /** Reopens a completed session; for the project's maintainers only. */
    @POST
    @Path("sessions/{id}/reopen")
    @Access(Need.MAINTAIN)
    public Response reopen(
            @RestPath String id,
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid TransitionRequest body,
            @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        return shown(ok(lifecycle.transition(id, Transition.REOPEN, actor(), body.reason(), body.expected())), prefer);
    }

    @POST
    @Path("sessions/{id}/entries")
    @Access(Need.WRITE)
    public Response log(
            @RestPath String id,
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid EntryRequest body,
            @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        return shown(ok(lifecycle.log(id, body.text(), actor(), body.expected())), prefer);
    }

    @POST
    @Path("sessions/{id}/artifacts")
    @Access(Need.WRITE)
    public Response artifact(
            @RestPath String id,
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid ArtifactRequest body,
            @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        ArtifactCategory category = ArtifactCategory.ofFolder(body.category())
                .orElseThrow(
                        () -> new InvalidRequestException("Unknown category: use notes, questions, blockers, ..."));
        return shown(
                ok(lifecycle.note(id, category, body.topic(), body.text() == null ? "" : body.text(), actor())),
                prefer);
    }

    @POST
    @Path("sessions/{id}/handoff")
    @Access(Need.WRITE)
    public Response handoff(
            @RestPath String id,
            @NotNull(message = Shapes.BODY_MESSAGE) @Valid HandoffRequest body,
            @RestHeader("Prefer") String prefer) {
        SecretGate.check(body);
        return shown(ok(lifecycle.handoff(id, body.to(), body.note(), actor(), body.expected())), prefer);
    }

    @GET
    @Path("audit")
    @Access(Need.MAINTAIN)
    public List<AuditRecord> audit(
            @RestQuery String from, @RestQuery String to, @RestQuery String actor, @RestQuery String session) {
        try {
            Instant start = from == null || from.isBlank() ? Instant.EPOCH : Instant.parse(from);
            Instant end = to == null || to.isBlank() ? Instant.now().plusSeconds(1) : Instant.parse(to);
            return audit.between(start, end, actor, session);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("'from' and 'to' must be ISO instants such as 2025-07-20T00:00:00Z.");
        }
    }

    private Response.ResponseBuilder ok(WriteResult result) {
        return Response.ok(Written.of(result, lifecycle.root()));
    }

    /**
     * The answer once the write is in the mirrors too (pages, search and the API's reads show it), at most
     * {@link #SHOWN_WITHIN} later; with {@code Prefer: respond-async} at once, when it is written and audited.
     */
    private Response shown(Response.ResponseBuilder answer, String prefer) {
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            return answer.header("Preference-Applied", "respond-async").build();
        }
        lifecycle.awaitIndexed(SHOWN_WITHIN);
        return answer.build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
