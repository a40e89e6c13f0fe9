package org.sessionledger.fs.git;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The folder that holds a git project's session and task files as of a commit: what the reader reads and the writers
 * write. A file is replaced only when it still holds what the commit it came from held (bytes nobody committed are
 * kept); every file is written to a temporary name and renamed; no path leaves the folder or passes a link.
 */
final class WorkTree {

    private final Path root;

    WorkTree(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file at a repository path, after checking each segment; empty for a path git should never hold. */
    Optional<Path> resolve(String path) {
        Path at = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()
                    || part.equals(".")
                    || part.equals("..")
                    || part.equalsIgnoreCase(".git")
                    || part.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Optional.empty();
            }
        }
        return at.startsWith(root) && !at.equals(root) ? Optional.of(at) : Optional.empty();
    }

    /** The blob id of the file's bytes now; empty when there is no such file. */
    Optional<ObjectId> blobId(String path) throws IOException {
        Optional<byte[]> bytes = read(path);
        return bytes.map(WorkTree::idOf);
    }

    Optional<byte[]> read(String path) throws IOException {
        Optional<Path> file = resolve(path);
        if (file.isEmpty() || !Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    static ObjectId idOf(byte[] bytes) {
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
            return f.idFor(Constants.OBJ_BLOB, bytes);
        }
    }

    /**
     * Writes {@code content} when the file holds {@code expected} (null: no file): false when it holds anything else,
     * which is kept.
     */
    boolean replace(String path, ObjectId expected, byte[] content) throws IOException {
        Optional<ObjectId> now = blobId(path);
        if (!now.map(id -> id.equals(expected)).orElse(expected == null)) {
            return now.map(id -> id.equals(idOf(content))).orElse(false); // already the new bytes: nothing to do
        }
        write(path, content);
        return true;
    }

    /** Writes the file whatever it holds (the server's own write being undone or rebased). */
    void write(String path, byte[] content) throws IOException {
        Path file = resolve(path).orElseThrow(() -> new IOException("Not a path in the work tree: " + path));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".ledger-", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes the file when it holds {@code expected} (false when it holds other bytes: kept), then empty parents. */
    boolean remove(String path, ObjectId expected) throws IOException {
        Optional<ObjectId> now = blobId(path);
        if (now.isEmpty()) {
            return true;
        }
        if (expected != null && !now.get().equals(expected)) {
            return false;
        }
        delete(path);
        return true;
    }

    /** Deletes the file whatever it holds, then its parents that are left empty. */
    void delete(String path) throws IOException {
        Optional<Path> file = resolve(path);
        if (file.isEmpty()) {
            return;
        }
        Files.deleteIfExists(file.get());
        for (Path dir = file.get().getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
    }

    void mkdirs(String path) throws IOException {
        Optional<Path> dir = resolve(path);
        if (dir.isPresent()) {
            Files.createDirectories(dir.get());
        }
    }
}
