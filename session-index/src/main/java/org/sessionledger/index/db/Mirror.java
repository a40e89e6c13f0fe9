package org.sessionledger.index.db;

import java.util.List;
import java.util.Map;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

/** The database mirror as the indexer uses it. */
public interface Mirror {

    /**
     * Replaces the rows of every unit of the batch, atomically, and removes their file states: until {@link
     * #recordFiles} runs, the next sync reads the units again. The links are pending until they are next stored.
     */
    void write(List<MirrorUnit> batch);

    /** Records the file states of units whose documents are committed to the full-text index. */
    void recordFiles(List<MirrorUnit> committed);

    /** Replaces the links (applying only the difference) and the diagnostics of dangling ones. */
    void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics);

    /**
     * Whether units were written since the links were last stored: links follow live changes in the background, and
     * a start that finds this set resolves them again.
     */
    boolean linksPending();

    /** Records that the links are up to date with every unit written (when {@link #replaceLinks} had nothing to do). */
    void linksCurrent();

    /** Empties the mirror. */
    void clear();

    /** Recorded file states by unit. */
    Map<String, List<MirrorUnit.FileState>> fileStates();

    /** The write counter as the database holds it now. */
    long generation();

    /** The write counter after this process's last write or {@link #generation()} read (0 before any). */
    long lastGeneration();

    /** Mirrored sessions by unit. */
    Map<String, Session> sessions();

    /** Mirrored tasks by unit. */
    Map<String, Task> tasks();

    /** Diagnostics by unit ({@link MirrorStore#LINKS_UNIT} for link diagnostics). */
    Map<String, List<Diagnostic>> diagnostics();

    List<Link> links();
}
