package org.sessionledger.fs.read;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies a directory tree of class-path resources, from a folder or from inside a jar, to disk. */
public final class ResourceTrees {

    private ResourceTrees() {}

    /** Copies the tree at {@code resource} into {@code target}; existing files are left alone. */
    public static void copy(URL resource, Path target) throws IOException {
        if (resource == null) {
            throw new IOException("no such resource folder");
        }
        URI uri;
        try {
            uri = resource.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + resource, e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.provider().getPath(uri), target);
            }
        } else {
            copyTree(Path.of(uri), target);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source)) {
            all = walk.toList();
        }
        for (Path path : all) {
            Path destination = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(destination);
            } else if (!Files.exists(destination)) {
                Files.createDirectories(destination.getParent());
                Files.copy(path, destination);
            }
        }
    }
}
