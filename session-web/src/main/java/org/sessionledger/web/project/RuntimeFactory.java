package org.sessionledger.web.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.sessionledger.domain.project.ProjectSource;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.git.GitRemote;
import org.sessionledger.fs.git.GitWorkspace;
import org.sessionledger.fs.git.SessionPathFilter;
import org.sessionledger.index.db.MirrorStore;
import org.sessionledger.index.db.ProvenanceStore;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.web.config.AppConfig;
import org.sessionledger.web.config.FsConfig;
import org.sessionledger.web.config.IndexConfig;

/**
 * Makes a project's runtime: where its index and clone live ({@code <data-dir>/projects/<name>/}; the folder of
 * {@code sessions.fs.root} keeps the places a single workspace always had, {@code <data-dir>/lucene} and
 * {@code <data-dir>/state.snapshot}), its settings and, for a repository, its clone and feed.
 */
final class RuntimeFactory {

    private final FsConfig fs;
    private final AppConfig app;
    private final IndexConfig index;
    private final GitConfig git;
    private final MirrorStore mirror;
    private final ProvenanceStore provenance;
    private final ScheduledExecutorService timer;

    RuntimeFactory(
            FsConfig fs,
            AppConfig app,
            IndexConfig index,
            GitConfig git,
            MirrorStore mirror,
            ProvenanceStore provenance,
            ScheduledExecutorService timer) {
        this.fs = fs;
        this.app = app;
        this.index = index;
        this.git = git;
        this.mirror = mirror;
        this.provenance = provenance;
        this.timer = timer;
    }

    ProjectRuntime create(ProjectSpec spec, boolean legacyPlaces) {
        String name = spec.name();
        Path dir = projectDir(name);
        ProjectRuntime.Storage storage = legacyPlaces
                ? new ProjectRuntime.Storage(
                        index.directory().orElse(app.dataDir().resolve("lucene")),
                        app.dataDir().resolve("state.snapshot"),
                        dir.resolve("git"))
                : new ProjectRuntime.Storage(dir.resolve("lucene"), dir.resolve("state.snapshot"), dir.resolve("git"));
        try {
            return switch (spec.project().source()) {
                case ProjectSource.Folder folder ->
                    new ProjectRuntime(
                            spec.project(),
                            settings(folder.root()),
                            new LuceneIndex(storage.lucene()),
                            mirror.forProject(name),
                            storage,
                            index.trustFolderTimes(),
                            null);
                case ProjectSource.Git source -> {
                    GitWorkspace workspace = GitWorkspace.open(
                            storage.git(),
                            new GitRemote(source, git.timeout(), app.dataDir().resolve("ssh")),
                            SessionPathFilter.of(settings(storage.git())));
                    yield new ProjectRuntime(
                            spec.project(),
                            settings(workspace.workRoot()),
                            new LuceneIndex(storage.lucene()),
                            mirror.forProject(name),
                            storage,
                            index.trustFolderTimes(),
                            runtime -> new GitFeed(runtime, workspace, provenance, timer, source.fetchInterval()));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the index of project " + name, e);
        }
    }

    private FsSettings settings(Path root) {
        return new FsSettings(
                root, fs.maxFileBytes(), fs.maxDepth(), fs.extraRoots().orElse(java.util.List.of()));
    }

    private Path projectDir(String name) {
        return app.dataDir().resolve("projects").resolve(name);
    }

    /** Deletes what the server kept of a project: its index, snapshot and clone, and its mirror rows. */
    void discard(String name) {
        mirror.dropProject(name);
        Path dir = projectDir(name);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
