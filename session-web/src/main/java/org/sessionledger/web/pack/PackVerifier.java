package org.sessionledger.web.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sessionledger.fs.write.AtomicFiles;

/**
 * Checks an audit pack offline: the manifest's signature against a public key the checker trusts, then every file
 * against the manifest (present, same size, same SHA-256), and that the zip holds nothing the manifest does not list.
 */
public final class PackVerifier {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Larger entries are not read: no honest pack entry is this large, and a zip bomb is. */
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private PackVerifier() {}

    /**
     * What checking a pack found.
     *
     * @param signatureValid whether the manifest's signature verifies with the trusted key
     * @param keyMatches whether the public key inside the pack is the trusted one
     * @param problems one line per file that does not match, is missing or is not listed; empty when all match
     * @param manifest the manifest, when it could be read
     */
    public record Report(
            boolean signatureValid, boolean keyMatches, List<String> problems, Optional<PackManifest> manifest) {
        public boolean ok() {
            return signatureValid && problems.isEmpty();
        }
    }

    /** Checks {@code zip}; {@code trusted} empty: the key inside the pack is used (which proves integrity only). */
    public static Report verify(Path zip, Optional<PublicKey> trusted) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream stream = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = stream.getNextEntry(); e != null; e = stream.getNextEntry()) {
                byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
                if (bytes.length > MAX_ENTRY_BYTES) {
                    problems.add(e.getName() + ": larger than " + MAX_ENTRY_BYTES + " bytes, not read");
                    continue;
                }
                if (entries.put(e.getName(), bytes) != null) {
                    problems.add(e.getName() + ": in the zip twice");
                }
            }
        }
        byte[] manifestBytes = entries.get(PackManifest.MANIFEST);
        byte[] signature = entries.get(PackManifest.SIGNATURE);
        byte[] keyPem = entries.get(PackManifest.PUBLIC_KEY);
        if (manifestBytes == null || signature == null) {
            problems.add("the pack has no " + PackManifest.MANIFEST + " or no " + PackManifest.SIGNATURE);
            return new Report(false, false, problems, Optional.empty());
        }
        Optional<PublicKey> inside = Optional.ofNullable(keyPem).flatMap(PackVerifier::key);
        PublicKey key = trusted.or(() -> inside).orElse(null);
        boolean keyMatches = trusted.isPresent()
                && inside.isPresent()
                && SigningKey.fingerprint(trusted.get()).equals(SigningKey.fingerprint(inside.get()));
        boolean valid = key != null && SigningKey.verify(key, manifestBytes, decode(signature));
        PackManifest manifest;
        try {
            manifest = JSON.readValue(manifestBytes, PackManifest.class);
        } catch (IOException e) {
            problems.add(PackManifest.MANIFEST + ": not a pack manifest");
            return new Report(valid, keyMatches, problems, Optional.empty());
        }
        for (PackManifest.FileEntry file : manifest.files()) {
            byte[] bytes = entries.remove(file.path());
            if (bytes == null) {
                problems.add(file.path() + ": listed in the manifest, missing from the pack");
            } else if (bytes.length != file.size() || !AtomicFiles.hash(bytes).equals(file.sha256())) {
                problems.add(file.path() + ": does not match the manifest (size " + bytes.length + " instead of "
                        + file.size() + ", or another SHA-256)");
            }
        }
        entries.keySet().stream()
                .filter(name -> !PackWriter.isReserved(name))
                .forEach(name -> problems.add(name + ": in the pack but not in the manifest"));
        return new Report(valid, keyMatches, problems, Optional.of(manifest));
    }

    private static Optional<PublicKey> key(byte[] pem) {
        try {
            return Optional.of(SigningKey.readPem(new String(pem, StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(byte[] base64) {
        try {
            return Base64.getDecoder().decode(new String(base64, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
