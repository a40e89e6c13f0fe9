package org.sessionledger.fs.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace root and the rules for staying inside it: every path handed out is relative to it, and no file
 * whose real location lies outside it is read.
 */
public final class Workspace {

    private final Path root;
    private final Path realRoot;
    /** The root's text with a trailing separator: what every path inside it starts with. */
    private final String rootPrefix;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = realOrSelf(this.root);
        String separator = this.root.getFileSystem().getSeparator();
        String text = this.root.toString();
        this.rootPrefix = text.endsWith(separator) ? text : text + separator;
    }

    public Path root() {
        return root;
    }

    /** The path relative to the root, with {@code /} separators. */
    public String relative(Path path) {
        String text = path.toString();
        if (text.length() > rootPrefix.length() && text.startsWith(rootPrefix) && plain(text, rootPrefix.length())) {
            // already absolute, inside the root and normal: no need for the Path operations below
            return portable(text.substring(rootPrefix.length()));
        }
        Path absolute = path.toAbsolutePath().normalize();
        String relative = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return portable(relative);
    }

    /**
     * A relative path of this file system with {@code /} separators. Only a separator is replaced: on Linux a backslash
     * is a character of a name like any other (a file may be called {@code a\\b.md}).
     */
    public static String portable(String relative) {
        char separator = java.io.File.separatorChar;
        return separator == '/' ? relative : relative.replace(separator, '/');
    }

    /** Whether no name from {@code from} on is {@code .} or {@code ..} (the only things normalising could change). */
    private static boolean plain(String text, int from) {
        int start = from;
        for (int i = from; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '/' || text.charAt(i) == '\\') {
                int length = i - start;
                if (length == 0 || dots(text, start, length)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean dots(String text, int start, int length) {
        return text.charAt(start) == '.' && (length == 1 || length == 2 && text.charAt(start + 1) == '.');
    }

    /** Whether the path, with symlinks resolved, lies inside the workspace. A missing file is judged by its parent. */
    public boolean contains(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return false;
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(absolute)) {
            Path parent = absolute.getParent();
            return parent == null || realOrSelf(parent).startsWith(realRoot);
        }
        return realOrSelf(absolute).startsWith(realRoot);
    }

    /**
     * Resolves a workspace-relative path given by a user (URL, form) and returns it only when it stays inside the
     * workspace, encoded or symlinked escapes included.
     */
    public Optional<Path> resolveInside(String relative) {
        if (relative == null || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return contains(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.getParent();
            return parent == null ? path : realOrSelf(parent).resolve(path.getFileName());
        }
    }
}
