package org.sessionledger.index.sync;

import java.util.Optional;
import java.util.function.Function;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;

/** Reads the text of workspace files for the full-text index: text files only, within the size limit. */
public final class FileContents implements Function<String, Optional<String>> {

    private final Workspace workspace;
    private final SafeFileReader reader;

    public FileContents(FsSettings settings) {
        this.workspace = new Workspace(settings.root());
        this.reader = new SafeFileReader(workspace, settings.maxFileBytes());
    }

    @Override
    public Optional<String> apply(String relativePath) {
        if (!SessionLayout.isTextFile(relativePath)) {
            return Optional.empty();
        }
        return workspace.resolveInside(relativePath).flatMap(path -> reader.read(path, new Problems(relativePath)));
    }
}
