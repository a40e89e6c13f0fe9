package org.sessionledger.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sessionledger.web.workspace.WorkspaceService;

/** Ready once the first indexing run has brought the mirrors up to date with the files. */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final WorkspaceService workspace;

    IndexReadiness(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    @Override
    public HealthCheckResponse call() {
        var progress = workspace.progress();
        return HealthCheckResponse.named("index")
                .status(workspace.ready())
                .withData("phase", progress.phase())
                .withData("done", progress.done())
                .withData("total", progress.total())
                .build();
    }
}
