package org.sessionledger.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sessionledger.web.project.ProjectRegistry;
import org.sessionledger.web.project.ProjectStatus;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Ready once every project's first indexing run has brought its mirrors up to date with its files (or failed: a
 * project that cannot be fetched or read serves what its mirrors hold and says so here, without holding back the
 * others). The details name each project's state and its last error.
 */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final WorkspaceService workspace;
    private final ProjectRegistry projects;

    IndexReadiness(WorkspaceService workspace, ProjectRegistry projects) {
        this.workspace = workspace;
        this.projects = projects;
    }

    @Override
    public HealthCheckResponse call() {
        var progress = projects.primary().progress();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("index")
                .status(workspace.ready())
                .withData("phase", progress.phase())
                .withData("done", progress.done())
                .withData("total", progress.total());
        for (ProjectRegistry.Entry e : projects.all()) {
            ProjectStatus s = e.runtime().status();
            answer.withData("project " + e.spec().name(), s.state() + (s.failed() ? ": " + s.error() : ""));
        }
        return answer.build();
    }
}
