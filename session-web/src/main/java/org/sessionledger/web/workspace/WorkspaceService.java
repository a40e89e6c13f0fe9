package org.sessionledger.web.workspace;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.sync.Progress;
import org.sessionledger.web.project.ProjectRegistry;
import org.sessionledger.web.project.ProjectRuntime;
import org.sessionledger.web.project.ProjectScope;

/**
 * The workspace of the project a request is about ({@link ProjectScope}; the default project when it names none): its
 * indexer's latest snapshot, settings and searcher. At start-up every project brings its mirrors up to date in the
 * background (readiness waits for all of them), then keeps them up to date on its own.
 */
@ApplicationScoped
public class WorkspaceService {

    private final ProjectRegistry projects;

    WorkspaceService(ProjectRegistry projects) {
        this.projects = projects;
    }

    void onStart(@Observes StartupEvent event) {
        projects.start();
    }

    /** The project of the current request. */
    public ProjectRuntime runtime() {
        return ProjectScope.requested().map(projects::runtime).orElseGet(projects::primary);
    }

    public Project project() {
        return runtime().project();
    }

    /** Whether every project's first indexing run has finished (or failed: it then serves what its mirrors hold). */
    public boolean ready() {
        return projects.all().stream().allMatch(e -> e.runtime().ready());
    }

    /** Drops and rebuilds the current project's mirrors from its files, in the background. */
    public void rebuild() {
        runtime().rebuild();
    }

    public WorkspaceScan current() {
        return runtime().snapshot();
    }

    /** The workspace-relative paths of every artifact and task file, computed once per snapshot. */
    public Set<String> knownFiles() {
        return runtime().knownFiles();
    }

    public long version() {
        return runtime().version();
    }

    public Progress progress() {
        return runtime().progress();
    }

    public Path root() {
        return runtime().root();
    }

    public FsSettings settings() {
        return runtime().settings();
    }

    public LuceneSearcher searcher() {
        return runtime().searcher();
    }

    public Optional<Session> session(String id) {
        return current().session(id);
    }

    public Optional<Task> task(String id) {
        return current().task(id);
    }
}
