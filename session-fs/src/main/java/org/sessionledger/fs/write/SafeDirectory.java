package org.sessionledger.fs.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sessionledger.domain.error.ReadOnlyException;

/**
 * A directory of the workspace, reached from the root one name at a time without following symbolic links. On Linux
 * it holds the directory open ({@link SecureDirectoryStream}: {@code openat}, {@code renameat}), so what is opened,
 * created or renamed in it stays in that directory even when a folder above is swapped for a link meanwhile. Where the
 * platform has no such stream, every name is checked with {@code lstat} before it is used (a weaker guarantee).
 */
final class SafeDirectory implements Closeable {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path path;
    private final String relative;
    private final SecureDirectoryStream<Path> stream;

    private SafeDirectory(Path path, String relative, SecureDirectoryStream<Path> stream) {
        this.path = path;
        this.relative = relative;
        this.stream = stream;
    }

    /** The workspace root itself (trusted as configured, links included). */
    static SafeDirectory root(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        DirectoryStream<Path> stream = Files.newDirectoryStream(absolute);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return new SafeDirectory(absolute, "", secure);
        }
        stream.close();
        return new SafeDirectory(absolute, "", null);
    }

    /** Opens {@code relative} (a path below the root) one name at a time; links anywhere on the way are refused. */
    static SafeDirectory open(Path root, Path relative, boolean create) throws IOException {
        SafeDirectory dir = root(root);
        try {
            for (Path name : relative) {
                if (name.toString().equals("..")
                        || name.toString().equals(".")
                        || name.toString().isEmpty()) {
                    throw new ReadOnlyException("'" + relative + "' leaves its folder; nothing was written.");
                }
                SafeDirectory next = create ? dir.childOrCreate(name.toString()) : dir.child(name.toString());
                dir.close();
                dir = next;
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** The folder {@code name} in this one; a link or anything but a directory is refused. */
    SafeDirectory child(String name) throws IOException {
        String childRelative = relative.isEmpty() ? name : relative + "/" + name;
        Optional<BasicFileAttributes> attributes = attributes(name);
        if (attributes.isEmpty()) {
            throw new NoSuchFileException(childRelative);
        }
        if (attributes.get().isSymbolicLink()) {
            throw refused(childRelative);
        }
        if (!attributes.get().isDirectory()) {
            throw new ReadOnlyException("'" + childRelative + "' is not a folder; nothing was written.");
        }
        if (stream == null) {
            return new SafeDirectory(path.resolve(name), childRelative, null);
        }
        try {
            return new SafeDirectory(
                    path.resolve(name), childRelative, stream.newDirectoryStream(Path.of(name), NOFOLLOW));
        } catch (FileSystemException e) {
            throw refused(childRelative); // swapped for a link between the check and the open
        }
    }

    /** The folder {@code name}, created when missing. */
    SafeDirectory childOrCreate(String name) throws IOException {
        if (attributes(name).isEmpty()) {
            try {
                // mkdir creates the name in the directory this one's path leads to; child() then opens it through
                // this directory's handle, so a folder created anywhere else is never used
                Files.createDirectory(path.resolve(name));
            } catch (FileAlreadyExistsException e) {
                // another writer made it meanwhile
            }
        }
        return child(name);
    }

    /** A new folder {@code name}; fails when the name is taken. */
    SafeDirectory createChild(String name) throws IOException {
        if (attributes(name).isPresent()) {
            throw new FileAlreadyExistsException(name);
        }
        Files.createDirectory(path.resolve(name));
        return child(name);
    }

    /**
     * Creates the file {@code name} with {@code content}: written to a temporary file in this directory, flushed, and
     * renamed to its name, so that no reader sees it half written. Fails when the name is taken.
     */
    void createFile(String name, byte[] content) throws IOException {
        String temp = "." + name + "." + UUID.randomUUID() + ".tmp";
        try {
            try (FileChannel out = channel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            if (attributes(name).isPresent()) {
                throw new FileAlreadyExistsException(name);
            }
            rename(temp, name);
            force();
        } finally {
            delete(temp);
        }
    }

    /** Opens a file in this directory; a link in its place is refused. */
    FileChannel channel(String name, OpenOption... options) throws IOException {
        Set<OpenOption> set = new HashSet<>(Set.of(options));
        set.add(NOFOLLOW);
        Optional<BasicFileAttributes> attributes = attributes(name);
        String fileRelative = relative.isEmpty() ? name : relative + "/" + name;
        if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
            throw refused(fileRelative);
        }
        try {
            return stream == null
                    ? FileChannel.open(path.resolve(name), set)
                    : (FileChannel) stream.newByteChannel(Path.of(name), set);
        } catch (FileSystemException e) {
            if (e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException) {
                throw e;
            }
            if (attributes(name).filter(BasicFileAttributes::isSymbolicLink).isPresent()) {
                throw refused(fileRelative);
            }
            throw e;
        }
    }

    /** What {@code lstat} says of a name in this directory; empty when there is nothing of that name. */
    Optional<BasicFileAttributes> attributes(String name) throws IOException {
        try {
            BasicFileAttributes attributes = stream == null
                    ? Files.readAttributes(path.resolve(name), BasicFileAttributes.class, NOFOLLOW)
                    : stream.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, NOFOLLOW)
                            .readAttributes();
            return Optional.of(attributes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Gives {@code target} the permissions, owner and group of {@code source} (as far as this process may). */
    void copyOwnership(String source, String target) throws IOException {
        PosixFileAttributeView from = posixView(source);
        PosixFileAttributeView to = posixView(target);
        if (from == null || to == null) {
            return;
        }
        PosixFileAttributes attributes = from.readAttributes();
        to.setPermissions(attributes.permissions());
        try {
            if (!to.readAttributes().owner().equals(attributes.owner())) {
                to.setOwner(attributes.owner());
            }
            if (!to.readAttributes().group().equals(attributes.group())) {
                to.setGroup(attributes.group());
            }
        } catch (IOException e) {
            // only a privileged process may give a file away; the permissions are kept either way
        }
    }

    private PosixFileAttributeView posixView(String name) {
        return stream == null
                ? Files.getFileAttributeView(path.resolve(name), PosixFileAttributeView.class, NOFOLLOW)
                : stream.getFileAttributeView(Path.of(name), PosixFileAttributeView.class, NOFOLLOW);
    }

    /** Renames {@code from} to {@code to} inside this directory, replacing {@code to}. */
    void rename(String from, String to) throws IOException {
        if (stream == null) {
            Files.move(
                    path.resolve(from),
                    path.resolve(to),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } else {
            stream.move(Path.of(from), stream, Path.of(to));
        }
    }

    void delete(String name) throws IOException {
        if (stream == null) {
            Files.deleteIfExists(path.resolve(name));
            return;
        }
        try {
            stream.deleteFile(Path.of(name));
        } catch (NoSuchFileException e) {
            // already gone
        }
    }

    /** Flushes the directory itself (a rename or a new name in it), where the file system allows it. */
    void force() {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be flushed; the rename is atomic either way
        }
    }

    private static ReadOnlyException refused(String relative) {
        return new ReadOnlyException("'" + relative + "' is a symbolic link: Session Ledger does not write through "
                + "links, so this session is read-only here.");
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
