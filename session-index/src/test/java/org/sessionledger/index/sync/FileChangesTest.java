package org.sessionledger.index.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.index.db.MirrorUnit.FileState;

class FileChangesTest {

    private static final List<FileState> RECORDED =
            List.of(new FileState("s/a.md", 10, 1000, "h1"), new FileState("s/b.md", 20, 2000, "h2"));

    @Test
    void theSameStampsInTheSameOrderAreUnchanged() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1000), stamp("s/b.md", 20, 2000)), RECORDED))
                .isTrue();
    }

    @Test
    void theOrderDoesNotMatter() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/b.md", 20, 2000), stamp("s/a.md", 10, 1000)), RECORDED))
                .isTrue();
    }

    @Test
    void aNewSizeOrTimeIsAChange() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1000), stamp("s/b.md", 21, 2000)), RECORDED))
                .isFalse();
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1001), stamp("s/b.md", 20, 2000)), RECORDED))
                .isFalse();
        assertThat(FileChanges.unchanged(List.of(stamp("s/b.md", 20, 2000), stamp("s/a.md", 11, 1000)), RECORDED))
                .isFalse();
    }

    @Test
    void anAddedRemovedOrRenamedFileIsAChange() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1000)), RECORDED))
                .isFalse();
        assertThat(FileChanges.unchanged(
                        List.of(stamp("s/a.md", 10, 1000), stamp("s/b.md", 20, 2000), stamp("s/c.md", 1, 1)), RECORDED))
                .isFalse();
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1000), stamp("s/c.md", 20, 2000)), RECORDED))
                .isFalse();
        assertThat(FileChanges.unchanged(List.of(stamp("s/c.md", 20, 2000), stamp("s/a.md", 10, 1000)), RECORDED))
                .isFalse();
    }

    @Test
    void nothingRecordedIsAChange() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/a.md", 10, 1000)), null))
                .isFalse();
    }

    @Test
    void oneRecordedFileDoesNotAnswerForTwo() {
        assertThat(FileChanges.unchanged(List.of(stamp("s/b.md", 20, 2000), stamp("s/b.md", 20, 2000)), RECORDED))
                .isFalse();
    }

    private static FileStamp stamp(String path, long size, long modified) {
        return new FileStamp(path, size, modified);
    }
}
