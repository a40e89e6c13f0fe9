package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.Workspace;

class UnitFilesTest {

    @TempDir
    Path root;

    @Test
    void stampsCarryWorkspaceRelativePathsSortedWithSizes() throws IOException {
        Path session = root.resolve(".roo/commander/sessions/SESSION-A-20250101-000000");
        Files.createDirectories(session.resolve("artifacts/notes"));
        Files.writeString(session.resolve("session_log.md"), "+++\n+++\n");
        Files.writeString(session.resolve("artifacts/notes/NOTE-x.md"), "hello");
        Workspace workspace = new Workspace(root);

        assertThat(UnitFiles.stamps(workspace, session, 10))
                .extracting(FileStamp::path, FileStamp::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ".roo/commander/sessions/SESSION-A-20250101-000000/artifacts/notes/NOTE-x.md", 5L),
                        org.assertj.core.groups.Tuple.tuple(
                                ".roo/commander/sessions/SESSION-A-20250101-000000/session_log.md", 8L));
        assertThat(UnitFiles.stamps(workspace, root, 10))
                .extracting(FileStamp::path)
                .allSatisfy(p -> assertThat(p).startsWith(".roo/commander/sessions/SESSION-A-20250101-000000/"));
    }
}
