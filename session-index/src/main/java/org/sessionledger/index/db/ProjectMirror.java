package org.sessionledger.index.db;

import java.util.List;
import java.util.Map;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/** One project's rows of the {@link MirrorStore}: what that project's indexer reads and writes. */
final class ProjectMirror implements Mirror {

    private final MirrorStore store;
    private final String project;
    private final MirrorReads reads;
    private volatile long lastGeneration;

    ProjectMirror(MirrorStore store, String project, MirrorReads reads) {
        this.store = store;
        this.project = project;
        this.reads = reads;
    }

    @Override
    public void write(List<MirrorUnit> batch) {
        lastGeneration = store.write(project, batch);
    }

    @Override
    public void recordFiles(List<MirrorUnit> committed) {
        lastGeneration = store.recordFiles(project, committed);
    }

    @Override
    public void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {
        lastGeneration = store.replaceLinks(project, removed, added, linkDiagnostics);
    }

    @Override
    public boolean linksPending() {
        return reads.linksPending();
    }

    @Override
    public void linksCurrent() {
        store.linksCurrent(project);
    }

    @Override
    public void clear() {
        lastGeneration = store.clear(project);
    }

    @Override
    public Map<String, List<MirrorUnit.FileState>> fileStates() {
        return reads.fileStates();
    }

    @Override
    public long generation() {
        long current = reads.generation();
        lastGeneration = current;
        return current;
    }

    @Override
    public long lastGeneration() {
        return lastGeneration;
    }

    @Override
    public Map<String, Session> sessions() {
        return MirrorStore.sessions(reads);
    }

    @Override
    public Map<String, Task> tasks() {
        return MirrorStore.tasks(reads);
    }

    @Override
    public Map<String, List<Diagnostic>> diagnostics() {
        return MirrorStore.diagnostics(reads);
    }

    @Override
    public List<Link> links() {
        return MirrorStore.links(reads);
    }

    @Override
    public String toString() {
        return "mirror of " + project;
    }
}
