package org.sessionledger.web.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sessionledger.fs.write.AtomicFiles;

/**
 * Streams an audit pack as a zip: the files as they are added (each hashed as it is written), then the manifest
 * listing them, its Ed25519 signature and the public key to check it with.
 */
public final class PackWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ZipOutputStream zip;
    private final List<PackManifest.FileEntry> files = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean finished;

    public PackWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Adds a file at {@code path} (forward slashes, no leading slash, no {@code ..}). */
    public void add(String path, byte[] content) throws IOException {
        if (path.startsWith("/")
                || path.contains("\\")
                || List.of(path.split("/")).contains("..")
                || !names.add(path)
                || isReserved(path)) {
            throw new IllegalArgumentException("Not a pack path, or added twice: " + path);
        }
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        files.add(new PackManifest.FileEntry(path, AtomicFiles.hash(content), content.length));
    }

    /** The files added so far, in order. */
    public List<PackManifest.FileEntry> files() {
        return List.copyOf(files);
    }

    /** Writes the manifest of {@code header} (its file list replaced by the files added), signed with {@code key}. */
    public void finish(PackManifest header, SigningKey key) throws IOException {
        PackManifest manifest = new PackManifest(
                PackManifest.FORMAT,
                header.created(),
                header.server(),
                header.user(),
                header.query(),
                header.asOf(),
                header.source(),
                files,
                header.masked());
        byte[] bytes = JSON.writeValueAsBytes(manifest);
        entry(PackManifest.MANIFEST, bytes);
        entry(PackManifest.SIGNATURE, java.util.Base64.getEncoder().encode(key.sign(bytes)));
        entry(PackManifest.PUBLIC_KEY, key.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        zip.finish();
        finished = true;
    }

    private void entry(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static boolean isReserved(String path) {
        return path.equals(PackManifest.MANIFEST)
                || path.equals(PackManifest.SIGNATURE)
                || path.equals(PackManifest.PUBLIC_KEY);
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            zip.finish();
        }
        zip.close();
    }
}
