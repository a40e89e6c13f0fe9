package org.sessionledger.web.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.index.sync.Progress;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.markdown.MarkdownRenderer;
import org.sessionledger.web.session.SessionDetail;
import org.sessionledger.web.session.SessionListing;
import org.sessionledger.web.session.SessionQuery;
import org.sessionledger.web.workspace.WorkspaceService;

/** JSON mirror of the session pages. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionListing listing;
    private final WorkspaceService workspace;
    private final MarkdownRenderer markdown;

    SessionResource(SessionListing listing, WorkspaceService workspace, MarkdownRenderer markdown) {
        this.listing = listing;
        this.workspace = workspace;
        this.markdown = markdown;
    }

    @GET
    @Access(Need.READ)
    @Path("sessions")
    public SessionListing.Page sessions(@BeanParam SessionQuery query) {
        return listing.list(query);
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("api-session")
    @Path("sessions/{id}")
    public SessionDetail session(@RestPath String id) {
        return workspace
                .session(id)
                .map(s -> SessionDetail.of(s, workspace.current(), workspace.knownFiles(), markdown))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /** The commits of a git project that changed the session's log, newest first (empty for a folder project). */
    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("history")
    @Path("sessions/{id}/history")
    public java.util.List<org.sessionledger.web.session.Provenance.CommitView> history(@RestPath String id) {
        return workspace
                .session(id)
                .map(s -> org.sessionledger.web.session.Provenance.of(workspace.runtime(), s)
                        .history())
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /** The session's log as of a commit: its text, the session as read from it, and a diff to the current log. */
    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("history")
    @Path("sessions/{id}/history/{commit}")
    public org.sessionledger.web.session.SessionHistory version(@RestPath String id, @RestPath String commit) {
        return workspace
                .session(id)
                .map(s -> org.sessionledger.web.session.SessionHistory.of(workspace.runtime(), s, commit))
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    @GET
    @Access(Need.READ)
    @Path("diagnostics")
    public List<Diagnostic> diagnostics() {
        return workspace.current().diagnostics();
    }

    /** Where indexing stands. */
    @GET
    @Access(Need.PUBLIC)
    @Path("index/progress")
    public Progress progress() {
        return workspace.progress();
    }

    /** Drops PostgreSQL and Lucene mirrors and rebuilds them from the files (in the background). */
    @POST
    @Path("admin/rebuild")
    @Access(Need.ADMIN)
    public Progress rebuild() {
        workspace.rebuild();
        return workspace.progress();
    }
}
