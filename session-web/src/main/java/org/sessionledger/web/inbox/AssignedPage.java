package org.sessionledger.web.inbox;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sessionledger.domain.session.Session;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.AccessPolicy;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * "Assigned to me": the sessions the user owns, in every project they may read, each with the note of the handoff that
 * gave it to them; and their notifications.
 */
@Path("/assigned")
@Produces(MediaType.TEXT_HTML)
@Access(Need.LOGIN)
public class AssignedPage {

    /** A session the user owns and how it came to them. */
    public record Assignment(String project, Session session, Optional<Notification> handoff) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assigned(List<Assignment> sessions, List<Notification> notifications);
    }

    private final SecurityIdentity identity;
    private final WorkspaceService workspace;
    private final Notifications notifications;
    private final Projects projects;
    private final AccessPolicy access;

    AssignedPage(
            SecurityIdentity identity,
            WorkspaceService workspace,
            Notifications notifications,
            Projects projects,
            AccessPolicy access) {
        this.identity = identity;
        this.workspace = workspace;
        this.notifications = notifications;
        this.projects = projects;
        this.access = access;
    }

    @GET
    public TemplateInstance assigned() {
        String me = identity.getPrincipal().getName();
        List<Notification> mine = notifications.of(me);
        Map<String, Notification> latest =
                mine.stream().collect(Collectors.toMap(Notification::sessionId, Function.identity(), (a, b) -> a));
        List<Assignment> sessions = !access.canRead(identity)
                ? List.of()
                : workspace.current().sessions().stream()
                        .filter(s -> me.equals(s.extra()
                                .getOrDefault("owner", "")
                                .replace("\"", "")
                                .strip()))
                        .map(s ->
                                new Assignment(projects.current(), s, Optional.ofNullable(latest.get(s.id().value()))))
                        .toList();
        return Templates.assigned(sessions, mine);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead() {
        notifications.markRead(identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/assigned")).build();
    }
}
