package org.sessionledger.web.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack verifies with the server's key, and says exactly which file does not when one was changed. */
class PackSignatureTest {

    @TempDir
    Path dir;

    private SigningKey key;
    private Path pack;

    @BeforeEach
    void pack() throws IOException {
        key = SigningKey.loadOrCreate(dir.resolve("keys"));
        pack = dir.resolve("pack.zip");
        try (OutputStream out = Files.newOutputStream(pack);
                PackWriter writer = new PackWriter(out)) {
            writer.add("files/.ruru/sessions/S-1/session_log.md", "+++\nid = \"S-1\"\n+++\n- [x] one\n".getBytes());
            writer.add("reports/S-1/summary.json", "{\"id\":\"S-1\"}".getBytes(StandardCharsets.UTF_8));
            writer.finish(
                    new PackManifest(
                            null,
                            "2026-12-04T00:00:00Z",
                            "test",
                            "ann",
                            Map.of("sessions", List.of("S-1")),
                            "",
                            "files",
                            List.of(),
                            List.of()),
                    key);
        }
    }

    @Test
    void theKeyIsKeptPrivateAndReusedAtTheNextStart() throws IOException {
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("keys").resolve(SigningKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
        assertThat(SigningKey.loadOrCreate(dir.resolve("keys")).fingerprint()).isEqualTo(key.fingerprint());
        assertThat(SigningKey.readPem(key.publicKeyPem())).isEqualTo(key.publicKey());
    }

    @Test
    void anUntouchedPackVerifiesWithTheTrustedKey() throws IOException {
        PackVerifier.Report report = PackVerifier.verify(pack, Optional.of(key.publicKey()));
        assertThat(report.ok()).isTrue();
        assertThat(report.keyMatches()).isTrue();
        assertThat(report.manifest().orElseThrow().files())
                .extracting(PackManifest.FileEntry::path)
                .containsExactly("files/.ruru/sessions/S-1/session_log.md", "reports/S-1/summary.json");
    }

    @Test
    void aChangedFileIsNamed() throws IOException {
        Path changed = rewrite((name, bytes) -> name.endsWith("session_log.md")
                ? new String(bytes, StandardCharsets.UTF_8)
                        .replace("one", "two")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes);
        PackVerifier.Report report = PackVerifier.verify(changed, Optional.of(key.publicKey()));
        assertThat(report.ok()).isFalse();
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith("files/.ruru/sessions/S-1/session_log.md: does not match");
    }

    @Test
    void aChangedManifestOrAnotherKeyFailsTheSignature() throws IOException {
        Path forged = rewrite((name, bytes) -> name.equals(PackManifest.MANIFEST)
                ? new String(bytes, StandardCharsets.UTF_8)
                        .replace("\"ann\"", "\"eve\"")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertThat(PackVerifier.verify(forged, Optional.of(key.publicKey())).signatureValid())
                .isFalse();
        SigningKey other = SigningKey.loadOrCreate(dir.resolve("other-keys"));
        PackVerifier.Report report = PackVerifier.verify(pack, Optional.of(other.publicKey()));
        assertThat(report.signatureValid()).isFalse();
        assertThat(report.keyMatches()).isFalse();
    }

    @Test
    void filesAddedOrRemovedAreNamed() throws IOException {
        Path extra = rewrite((name, bytes) -> bytes, "files/extra.md");
        assertThat(PackVerifier.verify(extra, Optional.of(key.publicKey())).problems())
                .containsExactly("files/extra.md: in the pack but not in the manifest");
        Path missing = rewrite((name, bytes) -> name.startsWith("reports/") ? null : bytes);
        assertThat(PackVerifier.verify(missing, Optional.of(key.publicKey())).problems())
                .containsExactly("reports/S-1/summary.json: listed in the manifest, missing from the pack");
    }

    /** A copy of the pack with each entry passed through {@code change} (null drops it), plus {@code extra} files. */
    private Path rewrite(BiFunction<String, byte[], byte[]> change, String... extra) throws IOException {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".zip");
        try (InputStream in = Files.newInputStream(pack);
                ZipInputStream zin = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = change.apply(e.getName(), zin.readAllBytes());
                if (bytes != null) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zout.write(bytes);
                    zout.closeEntry();
                }
            }
            for (String name : extra) {
                zout.putNextEntry(new ZipEntry(name));
                zout.write("extra".getBytes(StandardCharsets.UTF_8));
                zout.closeEntry();
            }
        }
        return copy;
    }
}
