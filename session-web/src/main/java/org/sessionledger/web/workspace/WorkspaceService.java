package org.sessionledger.web.workspace;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.web.config.AppConfig;
import org.sessionledger.web.config.FsConfig;

/** Holds the latest scan of the workspace; the files stay the source of truth. */
@ApplicationScoped
public class WorkspaceService {

    private final FsSettings settings;
    private volatile WorkspaceScan current =
            new WorkspaceScan(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());

    WorkspaceService(FsConfig fs, AppConfig app) {
        Path root =
                fs.root().orElseGet(() -> DemoWorkspace.extract(app.dataDir().resolve("demo-workspace")));
        this.settings = new FsSettings(root, fs.maxFileBytes(), fs.maxDepth());
    }

    void onStart(@Observes StartupEvent event) {
        rescan();
    }

    /** Scans the workspace again and publishes the result. */
    public WorkspaceScan rescan() {
        long started = System.nanoTime();
        WorkspaceScan scan = new WorkspaceScanner(settings).scan();
        current = scan;
        Log.infof(
                "Scanned %s: %d sessions, %d tasks, %d diagnostics in %d ms",
                settings.root(),
                scan.sessions().size(),
                scan.tasks().size(),
                scan.diagnostics().size(),
                (System.nanoTime() - started) / 1_000_000);
        return scan;
    }

    public WorkspaceScan current() {
        return current;
    }

    public Path root() {
        return settings.root();
    }

    public FsSettings settings() {
        return settings;
    }

    public Optional<Session> session(String id) {
        return current.session(id);
    }

    public Optional<Task> task(String id) {
        return current.task(id);
    }
}
