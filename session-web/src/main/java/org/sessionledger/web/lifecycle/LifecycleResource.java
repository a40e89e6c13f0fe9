package org.sessionledger.web.lifecycle;

import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Optional;
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

/** JSON API of the lifecycle: the same actions as the session page's forms, for editors and admins. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LifecycleResource {

    /** A request body; unused fields may be left out. */
    public record Action(
            String goal,
            String coordinator,
            String reason,
            String text,
            String category,
            String topic,
            String to,
            String note,
            String expectedHash) {

        Optional<String> expected() {
            return Optional.ofNullable(expectedHash).filter(h -> !h.isBlank());
        }
    }

    /** What a write answers: the session and the log's new version. */
    public record Written(String sessionId, String hash, List<String> created) {
        static Written of(WriteResult r, java.nio.file.Path root) {
            return new Written(
                    r.sessionId(),
                    r.afterHash(),
                    r.created().stream()
                            .map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .toList());
        }
    }

    private final LifecycleService lifecycle;
    private final SecurityIdentity identity;
    private final AuditLog audit;
    private final org.sessionledger.fs.FsSettings settings;

    LifecycleResource(
            LifecycleService lifecycle,
            SecurityIdentity identity,
            AuditLog audit,
            org.sessionledger.fs.FsSettings settings) {
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.audit = audit;
        this.settings = settings;
    }

    @POST
    @Path("sessions")
    @Access(Need.WRITE)
    public Response start(Action action) {
        WriteResult r = lifecycle.start(action.goal(), action.coordinator(), actor());
        return Response.status(201).entity(Written.of(r, settings.root())).build();
    }

    @POST
    @Path("sessions/{id}/{transition:pause|resume|complete|error}")
    @Access(Need.WRITE)
    public Written transition(@RestPath String id, @RestPath String transition, Action action) {
        Transition t =
                transition.equals("error") ? Transition.FAIL : Transition.valueOf(transition.toUpperCase(Locale.ROOT));
        return Written.of(
                lifecycle.transition(
                        id, t, actor(), body(action).reason(), body(action).expected()),
                settings.root());
    }

    @POST
    @Path("sessions/{id}/reopen")
    @Access(Need.MAINTAIN)
    public Written reopen(@RestPath String id, Action action) {
        return Written.of(
                lifecycle.transition(
                        id,
                        Transition.REOPEN,
                        actor(),
                        body(action).reason(),
                        body(action).expected()),
                settings.root());
    }

    @POST
    @Path("sessions/{id}/entries")
    @Access(Need.WRITE)
    public Written log(@RestPath String id, Action action) {
        return Written.of(
                lifecycle.log(id, body(action).text(), actor(), body(action).expected()), settings.root());
    }

    @POST
    @Path("sessions/{id}/artifacts")
    @Access(Need.WRITE)
    public Written artifact(@RestPath String id, Action action) {
        ArtifactCategory category = ArtifactCategory.ofFolder(body(action).category() == null ? "" : action.category())
                .orElseThrow(
                        () -> new InvalidRequestException("Unknown category: use notes, questions, blockers, ..."));
        return Written.of(
                lifecycle.note(id, category, body(action).topic(), action.text() == null ? "" : action.text(), actor()),
                settings.root());
    }

    @POST
    @Path("sessions/{id}/handoff")
    @Access(Need.WRITE)
    public Written handoff(@RestPath String id, Action action) {
        return Written.of(
                lifecycle.handoff(id, body(action).to(), action.note(), actor(), action.expected()), settings.root());
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

    private static Action body(Action action) {
        return action == null ? new Action(null, null, null, null, null, null, null, null, null) : action;
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
