package org.sessionledger.fs.session;

import java.nio.file.Path;
import java.util.Optional;
import org.sessionledger.domain.session.Mentions;
import org.sessionledger.fs.read.Workspace;

/** Resolves the file references written in front matter and logs. */
public final class Links {

    private Links() {}

    /**
     * Resolves {@code reference} (a {@code #anchor} or {@code :line} suffix allowed) against {@code base}, then
     * against the workspace root; returns it only when it exists inside the workspace.
     */
    public static Optional<Path> resolveFile(Workspace workspace, Path base, String reference) {
        return resolveFile(workspace, base, reference, new org.sessionledger.fs.scan.PathCache());
    }

    /** As {@link #resolveFile(Workspace, Path, String)}, answering existence questions from {@code cache}. */
    public static Optional<Path> resolveFile(
            Workspace workspace, Path base, String reference, org.sessionledger.fs.scan.PathCache cache) {
        String clean = stripSuffix(reference);
        if (clean.isEmpty() || clean.contains("://")) {
            return Optional.empty();
        }
        for (Path from : new Path[] {base, workspace.root()}) {
            try {
                Path candidate = from.resolve(clean).normalize();
                if (cache.existsInside(workspace, candidate)) {
                    return Optional.of(candidate);
                }
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Drops {@code #anchor}, {@code :line} and a leading {@code ./}. */
    public static String stripSuffix(String reference) {
        String result = reference.strip();
        int hash = result.indexOf('#');
        if (hash >= 0) {
            result = result.substring(0, hash);
        }
        result = Mentions.withoutLineSuffix(result);
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        return result;
    }
}
