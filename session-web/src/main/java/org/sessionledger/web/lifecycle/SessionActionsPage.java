package org.sessionledger.web.lifecycle;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.AccessPolicy;
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
    private final Validator validator;
    private final AccessPolicy access;

    SessionActionsPage(
            LifecycleService lifecycle, SecurityIdentity identity, Validator validator, AccessPolicy access) {
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.validator = validator;
        this.access = access;
    }

    @POST
    @Path("sessions")
    @Access(Need.WRITE)
    public Response start(
            @RestForm String goal, @RestForm String coordinator, @RestForm("allowSecrets") String allowSecrets) {
        StartRequest request = valid(new StartRequest(goal, coordinator, checked(allowSecrets)));
        WriteResult r = lifecycle.start(request.goal(), request.coordinator(), actor());
        lifecycle.awaitIndexed(SHOWN_WITHIN);
        return seeOther(r.sessionId());
    }

    /** One form for every action; {@code text} is the reason, the entry, the artifact's content or the note. */
    @POST
    @Path("sessions/{id}/actions")
    @Access(Need.WRITE)
    public Response act(@RestPath String id, @BeanParam ActionForm form) {
        String actor = actor();
        String action = form.action;
        String text = form.text;
        String topic = form.topic;
        String category = form.category;
        String to = form.to;
        String expectedHash = form.expectedHash;
        Boolean secrets = checked(form.allowSecrets);
        switch (action == null ? "" : action) {
            case "pause", "resume", "complete", "error", "reopen" -> {
                if (action.equals("reopen") && !access.canMaintain(identity)) {
                    throw new io.quarkus.security.ForbiddenException("Only the project's maintainers may reopen.");
                }
                TransitionRequest r = valid(new TransitionRequest(text, expectedHash, secrets));
                lifecycle.transition(id, transition(action), actor, r.reason(), r.expected());
            }
            case "log" -> {
                EntryRequest r = valid(new EntryRequest(text, expectedHash, secrets));
                lifecycle.log(id, r.text(), actor, r.expected());
            }
            case "note" -> {
                ArtifactRequest r = valid(new ArtifactRequest(
                        category == null || category.isBlank() ? "notes" : category,
                        topic == null || topic.isBlank() ? "note" : topic,
                        text == null ? "" : text,
                        secrets));
                lifecycle.note(
                        id,
                        ArtifactCategory.ofFolder(r.category()).orElse(ArtifactCategory.NOTES),
                        r.topic(),
                        r.text(),
                        actor);
            }
            case "handoff" -> {
                HandoffRequest r = valid(new HandoffRequest(to, text, expectedHash, secrets));
                lifecycle.handoff(id, r.to(), r.note(), actor, r.expected());
            }
            default -> throw new InvalidRequestException("Unknown action '" + action + "'.");
        }
        lifecycle.awaitIndexed(SHOWN_WITHIN);
        return seeOther(id);
    }

    private static Transition transition(String action) {
        return switch (action) {
            case "pause" -> Transition.PAUSE;
            case "resume" -> Transition.RESUME;
            case "complete" -> Transition.COMPLETE;
            case "reopen" -> Transition.REOPEN;
            default -> Transition.ERROR;
        };
    }

    /** The fields of the session page's forms. */
    public static class ActionForm {
        @RestForm
        public String action;

        @RestForm
        public String text;

        @RestForm
        public String topic;

        @RestForm
        public String category;

        @RestForm
        public String to;

        @RestForm
        public String expectedHash;

        /** The "write it even if it looks like a credential" box. */
        @RestForm
        public String allowSecrets;
    }

    /** A checkbox: ticked when sent with any value. */
    private static Boolean checked(String box) {
        return box != null && !box.isBlank();
    }

    /** The same checks as the JSON API's; a violation is answered with the error page (400). */
    private <T extends SecretGate.Confirmable> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return SecretGate.check(request);
    }

    /**
     * 303 to the session page, as a path: {@code Response.seeOther} would make it absolute from the request's Host
     * header, which the client chooses.
     */
    private static Response seeOther(String id) {
        return Response.status(Response.Status.SEE_OTHER)
                .header(
                        HttpHeaders.LOCATION,
                        org.sessionledger.web.project.ProjectScope.base() + "/sessions/"
                                + TemplateExtensions.segment(id))
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
