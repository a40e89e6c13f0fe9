package org.sessionledger.index.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.index.db.MirrorUnit;

/**
 * What the indexer knows of the workspace, saved on shutdown so that the next start need not load it from
 * PostgreSQL. It is only valid for the mirror {@code generation} it was taken at: any later write to the mirror (by
 * this or another instance) makes the next start load from PostgreSQL as before. A snapshot is used once.
 *
 * @param generation the mirror's write counter when the snapshot was taken
 * @param indexCommit the full-text index's commit when the snapshot was taken, -1 when it held uncommitted changes
 * @param sessions sessions by unit key
 * @param tasks tasks by unit key
 * @param diagnostics diagnostics by unit key
 * @param links resolved links
 * @param linkDiagnostics diagnostics of dangling links
 * @param files recorded file states by unit key
 */
public record StateSnapshot(
        long generation,
        long indexCommit,
        Map<String, Session> sessions,
        Map<String, Task> tasks,
        Map<String, List<Diagnostic>> diagnostics,
        List<Link> links,
        List<Diagnostic> linkDiagnostics,
        Map<String, List<MirrorUnit.FileState>> files) {

    private static final Logger LOG = Logger.getLogger(StateSnapshot.class);
    private static final long MAGIC = 0x534c534e41505635L; // "SLSNAPV5"

    /** Writes the snapshot atomically (temporary file, then rename). */
    public void write(Path file) throws IOException {
        SnapshotFile.write(file, (codec, out) -> {
            out.writeLong(MAGIC);
            out.writeLong(generation);
            out.writeLong(indexCommit);
            out.writeInt(sessions.size());
            for (Map.Entry<String, Session> e : sessions.entrySet()) {
                codec.string(out, e.getKey());
                codec.session(out, e.getValue());
            }
            out.writeInt(tasks.size());
            for (Map.Entry<String, Task> e : tasks.entrySet()) {
                codec.string(out, e.getKey());
                codec.task(out, e.getValue());
            }
            out.writeInt(diagnostics.size());
            for (Map.Entry<String, List<Diagnostic>> e : diagnostics.entrySet()) {
                codec.string(out, e.getKey());
                writeDiagnostics(codec, out, e.getValue());
            }
            out.writeInt(links.size());
            for (Link link : links) {
                codec.link(out, link);
            }
            writeDiagnostics(codec, out, linkDiagnostics);
            out.writeInt(files.size());
            for (Map.Entry<String, List<MirrorUnit.FileState>> e : files.entrySet()) {
                codec.string(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (MirrorUnit.FileState f : e.getValue()) {
                    codec.string(out, f.path());
                    out.writeLong(f.size());
                    out.writeLong(f.modifiedMillis());
                    codec.string(out, f.hash());
                }
            }
        });
    }

    /**
     * Reads and deletes the snapshot; empty when there is none or it cannot be read (it is then only logged: the
     * caller loads from PostgreSQL).
     */
    public static Optional<StateSnapshot> take(Path file) {
        return take(file, Runtime.getRuntime().maxMemory() / 4);
    }

    /** As {@link #take(Path)}; a file over {@code maxBytes} is not read into memory (the caller loads from PostgreSQL). */
    static Optional<StateSnapshot> take(Path file, long maxBytes) {
        SnapshotCodec codec = new SnapshotCodec();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IOException(size + " bytes, over the " + maxBytes + " a start reads into memory");
            }
            SnapshotInput in = new SnapshotInput(Files.readAllBytes(file));
            if (in.readLong() != MAGIC) {
                throw new IOException("not a snapshot of this version");
            }
            long generation = in.readLong();
            long indexCommit = in.readLong();
            Map<String, Session> sessions = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                sessions.put(codec.string(in), codec.session(in));
            }
            Map<String, Task> tasks = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                tasks.put(codec.string(in), codec.task(in));
            }
            Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                diagnostics.put(codec.string(in), readDiagnostics(codec, in));
            }
            List<Link> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                links.add(codec.link(in));
            }
            List<Diagnostic> linkDiagnostics = readDiagnostics(codec, in);
            Map<String, List<MirrorUnit.FileState>> files = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String unit = codec.string(in);
                int count = in.readInt();
                List<MirrorUnit.FileState> states = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    states.add(
                            new MirrorUnit.FileState(codec.string(in), in.readLong(), in.readLong(), codec.string(in)));
                }
                files.put(unit, states);
            }
            return Optional.of(new StateSnapshot(
                    generation, indexCommit, sessions, tasks, diagnostics, links, linkDiagnostics, files));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The state snapshot %s could not be read (%s); loading from the database", file, e.getMessage());
            return Optional.empty();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete the used state snapshot %s: %s", file, e.getMessage());
            }
        }
    }

    private static void writeDiagnostics(SnapshotCodec codec, DataOutputStream out, List<Diagnostic> list)
            throws IOException {
        out.writeInt(list.size());
        for (Diagnostic d : list) {
            codec.diagnostic(out, d);
        }
    }

    private static List<Diagnostic> readDiagnostics(SnapshotCodec codec, SnapshotInput in) throws IOException {
        int count = in.readInt();
        List<Diagnostic> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(codec.diagnostic(in));
        }
        return list;
    }
}
