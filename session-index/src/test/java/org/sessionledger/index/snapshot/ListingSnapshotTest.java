package org.sessionledger.index.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.scan.DirectoryStamp;

class ListingSnapshotTest {

    private static final Map<String, List<DirectoryStamp>> LISTINGS = Map.of(
            "session:.roo/commander/sessions/SESSION-A-20250101-000000",
            List.of(
                    new DirectoryStamp("", 1_700_000_000_123_456_789L, List.of("session_log.md", "artifacts")),
                    new DirectoryStamp("artifacts", 1_700_000_000_000_000_001L, List.of("README.md", "notes")),
                    new DirectoryStamp("artifacts/notes", 5L, List.of())),
            "session:.roo/commander/sessions/SESSION-B-20250101-000000",
            List.of(new DirectoryStamp("", 7L, List.of("session_log.md", "Überblick ✓.md"))));

    @TempDir
    Path dir;

    @Test
    void writtenListingsReadBackEqualAndStay() throws IOException {
        Path file = dir.resolve("data/listings.snapshot");
        ListingSnapshot.write(file, "/work/space", LISTINGS);

        assertThat(ListingSnapshot.read(file, "/work/space")).contains(LISTINGS);
        assertThat(ListingSnapshot.read(file, "/work/space")).contains(LISTINGS); // not used up: they do not go stale
    }

    @Test
    void listingsOfAnotherWorkspaceAreNotUsed() throws IOException {
        Path file = dir.resolve("listings.snapshot");
        ListingSnapshot.write(file, "/work/space", LISTINGS);

        assertThat(ListingSnapshot.read(file, "/other/space")).isEmpty();
    }

    @Test
    void missingOrDamagedListingsAreIgnored() throws IOException {
        Path file = dir.resolve("listings.snapshot");
        assertThat(ListingSnapshot.read(file, "/work/space")).isEmpty();

        ListingSnapshot.write(file, "/work/space", LISTINGS);
        byte[] bytes = Files.readAllBytes(file);
        for (int cut = 0; cut < bytes.length; cut++) {
            Files.write(file, Arrays.copyOf(bytes, cut));
            assertThat(ListingSnapshot.read(file, "/work/space"))
                    .as("cut at %d", cut)
                    .isEmpty();
        }
        Files.writeString(file, "not listings at all");
        assertThat(ListingSnapshot.read(file, "/work/space")).isEmpty();
    }
}
