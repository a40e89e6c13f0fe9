package org.sessionledger.index.sync;

import java.util.List;
import java.util.Map;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorUnit;

/** A mirror that keeps nothing and holds nothing, at generation 0; tests override what they watch. */
class EmptyMirror implements Mirror {

    @Override
    public void write(List<MirrorUnit> batch) {}

    @Override
    public void recordFiles(List<MirrorUnit> committed) {}

    @Override
    public void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {}

    @Override
    public boolean linksPending() {
        return false;
    }

    @Override
    public void linksCurrent() {}

    @Override
    public void clear() {}

    @Override
    public Map<String, List<MirrorUnit.FileState>> fileStates() {
        return Map.of();
    }

    @Override
    public long generation() {
        return 0;
    }

    @Override
    public long lastGeneration() {
        return generation();
    }

    @Override
    public Map<String, Session> sessions() {
        return Map.of();
    }

    @Override
    public Map<String, Task> tasks() {
        return Map.of();
    }

    @Override
    public Map<String, List<Diagnostic>> diagnostics() {
        return Map.of();
    }

    @Override
    public List<Link> links() {
        return List.of();
    }
}
