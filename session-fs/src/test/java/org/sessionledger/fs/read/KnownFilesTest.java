package org.sessionledger.fs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.DiagnosticKind;

class KnownFilesTest {

    private static final Path NOTE = Path.of("/w/s/artifacts/notes/n.md");

    @Test
    void decodesEachFileOnceAndReportsItsProblemsToTheFirstCaller() {
        KnownFiles known = new KnownFiles();
        known.put(NOTE, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'}); // Windows-1252, not UTF-8
        Problems first = new Problems("n.md");
        Problems second = new Problems("n.md");

        String text = known.text(NOTE, first).orElseThrow();

        assertThat(text).isEqualTo("café\n");
        assertThat(first.all()).extracting(d -> d.kind()).containsExactly(DiagnosticKind.NOT_UTF8);
        assertThat(known.text(NOTE, second)).containsSame(text);
        assertThat(second.all()).isEmpty();
    }

    @Test
    void newBytesForAFileAreDecodedAgain() {
        KnownFiles known = new KnownFiles();
        known.put(NOTE, "# one\n".getBytes(StandardCharsets.UTF_8));
        assertThat(known.text(NOTE, new Problems("n.md"))).contains("# one\n");

        known.put(NOTE, "# two\n".getBytes(StandardCharsets.UTF_8));

        assertThat(known.text(NOTE, new Problems("n.md"))).contains("# two\n");
    }

    @Test
    void unknownAndBinaryFilesHaveNoText() {
        KnownFiles known = new KnownFiles();
        known.put(NOTE, new byte[] {'a', 0, 'b'});

        assertThat(known.text(Path.of("/w/other.md"), new Problems("other.md"))).isEmpty();
        assertThat(known.text(NOTE, new Problems("n.md"))).isEmpty();
    }
}
