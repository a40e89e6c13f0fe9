package org.sessionledger.web.pack;

import java.util.List;
import java.util.Map;

/**
 * What an audit pack holds and where it came from; stored as {@code manifest.json} and signed as those exact bytes.
 *
 * @param format the pack format ({@link #FORMAT})
 * @param created when the pack was made (ISO instant)
 * @param server the server that made it (its base URL or host name)
 * @param user who made it
 * @param query what the pack was made of (session ids, range, filters, as it was asked)
 * @param asOf the time the files are of, or empty for "as they are now"
 * @param source where the files come from: {@code files} (the workspace now), {@code git} or {@code audit}
 * @param files every file in the pack but the manifest, its signature and the public key
 * @param masked the secrets masked in the source files
 */
public record PackManifest(
        String format,
        String created,
        String server,
        String user,
        Map<String, Object> query,
        String asOf,
        String source,
        List<FileEntry> files,
        List<MaskedSecret> masked) {

    public static final String FORMAT = "session-ledger-pack/1";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String PUBLIC_KEY = "public-key.pem";

    public PackManifest {
        query = Map.copyOf(query);
        files = List.copyOf(files);
        masked = List.copyOf(masked);
    }

    /** A file of the pack: its path in the zip, its SHA-256 (hex) and size in bytes. */
    public record FileEntry(String path, String sha256, long size) {}

    /** A secret masked in a source file: where and of what kind (never its value). */
    public record MaskedSecret(String path, int line, String kind) {}
}
