package org.sessionledger.web.config;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sessionledger.fs.read.ResourceTrees;

/** A small workspace shipped with the app, written to the data directory when no workspace is configured. */
public final class DemoWorkspace {

    private DemoWorkspace() {}

    public static Path extract(Path target) {
        try {
            if (!Files.isDirectory(target)) {
                Files.createDirectories(target);
                ResourceTrees.copy(DemoWorkspace.class.getResource("/demo-workspace"), target);
                Log.infof("No workspace configured: wrote the demo workspace to %s", target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo workspace to " + target, e);
        }
    }
}
