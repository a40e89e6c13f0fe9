package org.sessionledger.fs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;

class SafeFileReaderDecodeTest {

    @Test
    void validUtf8IsReadAsIsWithoutDiagnostics() {
        Problems problems = new Problems("a.md");
        assertThat(SafeFileReader.decode("Grüße, 日本 ✅".getBytes(StandardCharsets.UTF_8), problems))
                .contains("Grüße, 日本 ✅");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsValidText() {
        Problems problems = new Problems("a.md");
        assertThat(SafeFileReader.decode("lost \uFFFD char".getBytes(StandardCharsets.UTF_8), problems))
                .contains("lost \uFFFD char");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void invalidBytesAreReadAsWindows1252WithTheLineOfTheFirstOne() {
        Problems problems = new Problems("a.md");
        byte[] latin1 = "line one\ncaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SafeFileReader.decode(latin1, problems)).contains("line one\ncafé au lait\n");
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticKind.NOT_UTF8, 2));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(SafeFileReader.decode(bom, new Problems("a.md"))).contains("hi");
    }
}
