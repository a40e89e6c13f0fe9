package org.sessionledger.web.live;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.sessionledger.index.sync.Progress;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.project.ProjectRuntime;
import org.sessionledger.web.workspace.WorkspaceService;

/** Server-Sent Events: the index version and indexing progress, sent whenever either changes. */
@Path("/api/events")
public class LiveResource {

    /** What the live indicator shows. */
    public record IndexStatus(long version, Progress progress) {}

    private final WorkspaceService workspace;

    LiveResource(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    @GET
    @Access(Need.READ)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<IndexStatus> events() {
        ProjectRuntime project = workspace.runtime(); // the ticks run outside the request
        return Multi.createFrom()
                .ticks()
                .every(Duration.ofMillis(300))
                .map(tick -> new IndexStatus(project.version(), project.progress()))
                .skip()
                .repetitions();
    }
}
