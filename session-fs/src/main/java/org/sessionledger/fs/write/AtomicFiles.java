package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The version of a file as the writers and their callers name it: the SHA-256 of its bytes. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** SHA-256 of the file's bytes, hex; empty string for a missing file or a link. */
    public static String hash(Path file) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? hash(Files.readAllBytes(file)) : "";
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
