package org.sessionledger.domain.session;

/**
 * A file in a session's artifact tree.
 *
 * @param path the path relative to the session directory, with {@code /} separators
 * @param category the scaffold category it lies in
 * @param title the first heading or front-matter title, else the file name
 * @param size the size in bytes
 * @param scaffold whether it is a category README written by the scaffold rather than content
 */
public record Artifact(String path, ArtifactCategory category, String title, long size, boolean scaffold) {

    /** The file name, last part of the path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
