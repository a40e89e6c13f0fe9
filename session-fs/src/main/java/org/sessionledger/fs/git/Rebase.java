package org.sessionledger.fs.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Makes a write's file changes again on top of the remote's newer commit: a file the remote did not change keeps the
 * write's bytes; one both changed is merged line by line (three-way, against the commit the write was made on) and
 * conflicts when both changed the same lines. Both appending to the end of a file (two log entries) is no conflict:
 * the remote's lines come first, then the write's.
 */
final class Rebase {

    /** The files to commit on top of the remote's commit, and the paths that conflict (then nothing is to commit). */
    record Outcome(Map<String, Optional<byte[]>> files, List<String> conflicts) {}

    private final Repository repo;

    Rebase(Repository repo) {
        this.repo = repo;
    }

    Outcome onto(ObjectId base, ObjectId theirs, Map<String, Optional<byte[]>> ours) throws IOException {
        Map<String, ObjectId> before = Refs.files(repo, base, ours.keySet());
        Map<String, ObjectId> remote = Refs.files(repo, theirs, ours.keySet());
        Map<String, Optional<byte[]>> out = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, Optional<byte[]>> file : ours.entrySet()) {
            String path = file.getKey();
            ObjectId b = before.get(path);
            ObjectId t = remote.get(path);
            if (java.util.Objects.equals(b, t)) {
                out.put(path, file.getValue()); // the remote left it alone
                continue;
            }
            Optional<byte[]> merged = merge(bytes(b), bytes(t), file.getValue().orElse(null));
            if (merged.isEmpty()) {
                conflicts.add(path);
            } else {
                out.put(path, merged);
            }
        }
        return new Outcome(conflicts.isEmpty() ? out : Map.of(), conflicts);
    }

    private byte[] bytes(ObjectId blob) throws IOException {
        return blob == null ? null : repo.open(blob).getBytes();
    }

    /** The merge of both sides' changes to {@code base}, or empty when they conflict (or one side added or removed). */
    static Optional<byte[]> merge(byte[] base, byte[] theirs, byte[] ours) throws IOException {
        if (base == null || theirs == null || ours == null) {
            return theirs != null && ours != null && Arrays.equals(theirs, ours) ? Optional.of(ours) : Optional.empty();
        }
        if (startsWith(theirs, base) && startsWith(ours, base)) {
            byte[] out = Arrays.copyOf(theirs, theirs.length + ours.length - base.length);
            System.arraycopy(ours, base.length, out, theirs.length, ours.length - base.length);
            return Optional.of(out);
        }
        MergeResult<RawText> result = new MergeAlgorithm()
                .merge(RawTextComparator.DEFAULT, new RawText(base), new RawText(ours), new RawText(theirs));
        if (result.containsConflicts()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MergeFormatter().formatMerge(out, result, "base", "ours", "theirs", StandardCharsets.UTF_8);
        return Optional.of(out.toByteArray());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
