package org.sessionledger.index.snapshot;

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
import org.sessionledger.fs.scan.DirectoryStamp;

/**
 * The directory listings of the last stat of each unit, saved on shutdown so that the next start stats the files of
 * unchanged directories without listing them. Unlike the state snapshot it never goes stale: a listing is only used
 * while its directory's modification time is the recorded one. It belongs to one workspace root.
 */
public final class ListingSnapshot {

    private static final Logger LOG = Logger.getLogger(ListingSnapshot.class);
    private static final long MAGIC = 0x534c4c4953543031L; // "SLLIST01"

    private ListingSnapshot() {}

    /** Writes the listings of the units of {@code root} atomically (temporary file, then rename). */
    public static void write(Path file, String root, Map<String, List<DirectoryStamp>> byUnit) throws IOException {
        SnapshotFile.write(file, (codec, out) -> {
            out.writeLong(MAGIC);
            codec.string(out, root);
            out.writeInt(byUnit.size());
            for (Map.Entry<String, List<DirectoryStamp>> unit : byUnit.entrySet()) {
                codec.string(out, unit.getKey());
                out.writeInt(unit.getValue().size());
                for (DirectoryStamp d : unit.getValue()) {
                    codec.string(out, d.path());
                    out.writeLong(d.modifiedNanos());
                    codec.strings(out, d.names());
                }
            }
        });
    }

    /**
     * The listings saved for {@code root}; empty when there are none, they are of another root or cannot be read
     * (then logged: the start lists every directory, as without them).
     */
    public static Optional<Map<String, List<DirectoryStamp>>> read(Path file, String root) {
        try {
            SnapshotInput in = new SnapshotInput(Files.readAllBytes(file));
            SnapshotCodec codec = new SnapshotCodec();
            if (in.readLong() != MAGIC) {
                throw new IOException("not a listing file of this version");
            }
            if (!codec.string(in).equals(root)) {
                LOG.infof("The directory listings in %s are of another workspace: listing every directory", file);
                return Optional.empty();
            }
            int units = in.readInt();
            Map<String, List<DirectoryStamp>> byUnit = new HashMap<>(Math.max(16, units * 2));
            for (int i = 0; i < units; i++) {
                String unit = codec.string(in);
                int count = in.readInt();
                List<DirectoryStamp> directories = new ArrayList<>(Math.min(count, 1024));
                for (int j = 0; j < count; j++) {
                    directories.add(new DirectoryStamp(codec.string(in), in.readLong(), codec.strings(in)));
                }
                byUnit.put(unit, directories);
            }
            return Optional.of(byUnit);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "The directory listings %s could not be read (%s); listing every directory", file, e.getMessage());
            return Optional.empty();
        }
    }
}
