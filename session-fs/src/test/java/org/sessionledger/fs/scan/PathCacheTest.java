package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.Workspace;

class PathCacheTest {

    @TempDir
    Path workspaceDir;

    @TempDir
    Path outside;

    @Test
    void forgetsChangedPathsAndTheFoldersBelowThem() throws IOException {
        Path root = workspaceDir.toRealPath();
        Path notes = Files.createDirectories(root.resolve("s/notes"));
        Path file = notes.resolve("a.md");
        Workspace workspace = new Workspace(root);
        PathCache cache = new PathCache();
        assertThat(cache.existsInside(workspace, file)).isFalse();

        Files.writeString(file, "a");
        assertThat(cache.existsInside(workspace, file)).isFalse(); // remembered
        cache.invalidate(List.of(file));
        assertThat(cache.existsInside(workspace, file)).isTrue();

        // the folder is replaced by a link that leaves the workspace
        Files.delete(file);
        Files.delete(notes);
        Files.writeString(outside.resolve("a.md"), "outside");
        Files.createSymbolicLink(notes, outside);
        cache.invalidate(List.of(notes));
        assertThat(cache.existsInside(workspace, file)).isFalse();
    }
}
