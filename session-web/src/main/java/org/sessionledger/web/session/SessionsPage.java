package org.sessionledger.web.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.lifecycle.LifecycleService;
import org.sessionledger.web.markdown.MarkdownRenderer;
import org.sessionledger.web.workspace.WorkspaceService;

/** The HTML pages of sessions: the list (with filters in the URL) and one session. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SessionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                SessionListing.Page page, SessionQuery query, String workspace, Viewer viewer);

        static native TemplateInstance session(
                SessionDetail session, Viewer viewer, String hash, Provenance provenance);

        static native TemplateInstance history(SessionDetail session, SessionHistory version);
    }

    private final SessionListing listing;
    private final WorkspaceService workspace;
    private final MarkdownRenderer markdown;
    private final SecurityIdentity identity;
    private final LifecycleService lifecycle;

    SessionsPage(
            SessionListing listing,
            WorkspaceService workspace,
            MarkdownRenderer markdown,
            SecurityIdentity identity,
            LifecycleService lifecycle) {
        this.listing = listing;
        this.workspace = workspace;
        this.markdown = markdown;
        this.identity = identity;
        this.lifecycle = lifecycle;
    }

    @GET
    @Access(Need.READ)
    public TemplateInstance list(@BeanParam SessionQuery query) {
        return Templates.list(listing.list(query), query, workspace.root().toString(), Viewer.of(identity));
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("session")
    @Path("sessions/{id}")
    public TemplateInstance session(@RestPath String id) {
        return workspace
                .session(id)
                .map(s -> Templates.session(
                        SessionDetail.of(s, workspace.current(), workspace.knownFiles(), markdown),
                        Viewer.of(identity),
                        lifecycle.currentHash(id),
                        Provenance.of(workspace.runtime(), s)))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /** The session's log as of a commit of its git project, read-only, with a diff to the current log. */
    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("history")
    @Path("sessions/{id}/history/{commit}")
    public TemplateInstance history(@RestPath String id, @RestPath String commit) {
        var s = workspace.session(id).orElseThrow(() -> new NotFoundException("session", id));
        return Templates.history(
                SessionDetail.of(s, workspace.current(), workspace.knownFiles(), markdown),
                SessionHistory.of(workspace.runtime(), s, commit));
    }
}
