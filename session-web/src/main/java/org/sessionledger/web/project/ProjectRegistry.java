package org.sessionledger.web.project;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jboss.logging.Logger;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.project.ProjectRef;
import org.sessionledger.domain.project.ProjectSource;
import org.sessionledger.index.db.MirrorStore;
import org.sessionledger.index.db.ProjectRows;
import org.sessionledger.index.db.ProvenanceStore;
import org.sessionledger.web.config.AppConfig;
import org.sessionledger.web.config.DemoWorkspace;
import org.sessionledger.web.config.FsConfig;
import org.sessionledger.web.config.IndexConfig;

/**
 * Every project the server holds, each with its own {@link ProjectRuntime}: the folder of {@code sessions.fs.root}
 * (or the demo, when nothing else is configured), the projects of {@code sessions.projects.*}, and those admins
 * added (stored in PostgreSQL). The first of them is the default project, which the unscoped routes address.
 */
@ApplicationScoped
public class ProjectRegistry {

    private static final Logger LOG = Logger.getLogger(ProjectRegistry.class);

    private final RuntimeFactory factory;
    private final StoredProjects stored;
    private final IndexConfig index;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("project-fetch-timer").factory());
    private final Map<String, Entry> projects = new TreeMap<>();
    private volatile String primary;
    private volatile boolean started;

    /** A project with its runtime. */
    public record Entry(ProjectSpec spec, ProjectRuntime runtime) {}

    ProjectRegistry(
            FsConfig fs,
            AppConfig app,
            IndexConfig index,
            ProjectsConfig configured,
            ProjectConfig primaryConfig,
            GitConfig git,
            MirrorStore mirror,
            ProvenanceStore provenance,
            ProjectRows rows) {
        this.index = index;
        this.factory = new RuntimeFactory(fs, app, index, git, mirror, provenance, timer);
        this.stored = new StoredProjects(rows, SecretBox.at(app.dataDir().resolve("project-secrets.key")));
        List<ProjectSpec> specs = new ArrayList<>();
        configured.entries().forEach((name, e) -> specs.add(ProjectSpec.of(name, e)));
        specs.sort(java.util.Comparator.comparing(ProjectSpec::name));
        List<ProjectSpec> fromDb = stored.all();
        Optional<Path> root = fs.root();
        if (root.isPresent() || specs.isEmpty() && fromDb.isEmpty()) {
            Path folder =
                    root.orElseGet(() -> DemoWorkspace.extract(app.dataDir().resolve("demo-workspace")));
            ProjectRef ref = primaryConfig
                    .name()
                    .map(ProjectRef::slugOf)
                    .orElseGet(() -> root.isEmpty()
                            ? new ProjectRef("demo")
                            : ProjectRef.slugOf(folder.toAbsolutePath()
                                    .normalize()
                                    .getFileName()
                                    .toString()));
            specs.addFirst(new ProjectSpec(
                    new Project(ref, null, new ProjectSource.Folder(folder), false),
                    Optional.empty(),
                    ProjectSpec.FOLDER));
        }
        specs.addAll(fromDb);
        for (ProjectSpec spec : specs) {
            if (projects.containsKey(spec.name())) {
                throw new IllegalStateException("Two projects are named " + spec.name());
            }
            projects.put(
                    spec.name(),
                    new Entry(spec, factory.create(spec, spec.origin().equals(ProjectSpec.FOLDER))));
            if (primary == null) {
                primary = spec.name();
            }
        }
    }

    /** Starts every project's first run, side by side (called once the database is up). */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        projects.values().forEach(e -> e.runtime().start(settings()));
    }

    private ProjectRuntime.Settings settings() {
        return new ProjectRuntime.Settings(
                index.rebuildOnStartup(), index.watch(), index.debounce(), index.rescanInterval());
    }

    /** The default project: the one unscoped routes show. */
    public ProjectRuntime primary() {
        return get(primary).orElseThrow().runtime();
    }

    public String primaryName() {
        return primary;
    }

    public synchronized Optional<Entry> get(String name) {
        return Optional.ofNullable(projects.get(name));
    }

    /** The project of that name, or 404. */
    public ProjectRuntime runtime(String name) {
        return get(name)
                .orElseThrow(() -> new NotFoundException("project", name))
                .runtime();
    }

    public synchronized List<Entry> all() {
        return List.copyOf(projects.values());
    }

    /** Whether the server holds one project only: the unscoped routes are then all there is. */
    public synchronized boolean single() {
        return projects.size() == 1;
    }

    /** Adds a project (an admin's), stores it and starts it. */
    public synchronized Entry add(ProjectSpec spec) {
        if (projects.containsKey(spec.name())) {
            throw new InvalidRequestException("A project named " + spec.name() + " exists already.");
        }
        stored.save(spec);
        Entry entry = new Entry(spec, factory.create(spec, false));
        projects.put(spec.name(), entry);
        if (started) {
            entry.runtime().start(settings());
        }
        LOG.infof(
                "Project %s added (%s)",
                spec.name(), spec.project().source().getClass().getSimpleName());
        return entry;
    }

    /** Replaces a stored project's settings; its runtime starts again (a new clone when the remote changed). */
    public synchronized Entry replace(ProjectSpec spec) {
        Entry old = editable(spec.name());
        boolean sameSource = old.spec().project().source().equals(spec.project().source());
        stored.save(spec);
        close(old);
        if (!sameSource) {
            factory.discard(spec.name());
        }
        Entry entry = new Entry(spec, factory.create(spec, false));
        projects.put(spec.name(), entry);
        if (started) {
            entry.runtime().start(settings());
        }
        return entry;
    }

    /** Removes a stored project: its runtime, its mirror rows and its data (never the files of a folder). */
    public synchronized void remove(String name) {
        Entry old = editable(name);
        stored.delete(name);
        projects.remove(name);
        close(old);
        factory.discard(name);
        LOG.infof("Project %s removed", name);
    }

    private Entry editable(String name) {
        Entry entry = get(name).orElseThrow(() -> new NotFoundException("project", name));
        if (!entry.spec().editable()) {
            throw new InvalidRequestException(
                    "Project " + name + " is configured on the server (application.properties or sessions.fs.root)"
                            + " and cannot be changed here.");
        }
        return entry;
    }

    private static void close(Entry entry) {
        try {
            entry.runtime().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
        all().forEach(e -> e.runtime().stopping());
    }

    @PreDestroy
    synchronized void close() {
        for (Entry e : projects.values()) {
            try {
                e.runtime().close();
            } catch (IOException | RuntimeException ex) {
                LOG.warnf("Project %s did not close cleanly: %s", e.spec().name(), ex.getMessage());
            }
        }
    }
}
