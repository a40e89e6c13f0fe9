package org.sessionledger.web.lifecycle;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.template.TemplateExtensions;

/** The forms of the session pages (CSRF-protected): start, pause, resume, complete, error, log, note, hand off. */
@Path("/")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SessionActionsPage {

    /** How long a form waits for its write to reach the page it redirects to. */
    private static final java.time.Duration SHOWN_WITHIN = java.time.Duration.ofSeconds(2);

    private final LifecycleService lifecycle;
    private final SecurityIdentity identity;
    private final org.sessionledger.web.auth.AccessPolicy access;

    SessionActionsPage(
            LifecycleService lifecycle, SecurityIdentity identity, org.sessionledger.web.auth.AccessPolicy access) {
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.access = access;
    }

    @POST
    @Path("sessions")
    @Access(Need.WRITE)
    public Response start(@RestForm String goal, @RestForm String coordinator) {
        WriteResult r = lifecycle.start(goal, coordinator, actor());
        lifecycle.awaitIndexed(SHOWN_WITHIN);
        return seeOther(r.sessionId());
    }

    @POST
    @Path("sessions/{id}/actions")
    @Access(Need.WRITE)
    public Response act(
            @RestPath String id,
            @RestForm String action,
            @RestForm String text,
            @RestForm String topic,
            @RestForm String category,
            @RestForm String to,
            @RestForm String expectedHash) {
        Optional<String> expected = Optional.ofNullable(expectedHash).filter(h -> !h.isBlank());
        String actor = actor();
        switch (action == null ? "" : action) {
            case "pause" -> lifecycle.transition(id, Transition.PAUSE, actor, text, expected);
            case "resume" -> lifecycle.transition(id, Transition.RESUME, actor, text, expected);
            case "complete" -> lifecycle.transition(id, Transition.COMPLETE, actor, text, expected);
            case "error" -> lifecycle.transition(id, Transition.FAIL, actor, text, expected);
            case "reopen" -> {
                if (!access.canMaintain(identity)) {
                    throw new io.quarkus.security.ForbiddenException("Only the project's maintainers may reopen.");
                }
                lifecycle.transition(id, Transition.REOPEN, actor, text, expected);
            }
            case "log" -> lifecycle.log(id, text, actor, expected);
            case "note" ->
                lifecycle.note(
                        id,
                        ArtifactCategory.ofFolder(category == null ? "notes" : category)
                                .orElse(ArtifactCategory.NOTES),
                        topic == null || topic.isBlank() ? "note" : topic,
                        text == null ? "" : text,
                        actor);
            case "handoff" -> lifecycle.handoff(id, to, text, actor, expected);
            default -> throw new InvalidRequestException("Unknown action '" + action + "'.");
        }
        lifecycle.awaitIndexed(SHOWN_WITHIN);
        return seeOther(id);
    }

    private static Response seeOther(String id) {
        return Response.seeOther(URI.create("/sessions/" + TemplateExtensions.segment(id)))
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
