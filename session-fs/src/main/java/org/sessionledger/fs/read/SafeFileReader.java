package org.sessionledger.fs.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.secret.SecretScanner;

/**
 * Reads a text file defensively: files outside the workspace, over the size limit or binary are not read; text that
 * is not UTF-8 is decoded as Windows-1252 with a warning. Problems become diagnostics, never exceptions.
 */
public final class SafeFileReader {

    private static final int BINARY_PROBE = 8000;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private final Workspace workspace;
    private final long maxBytes;

    public SafeFileReader(Workspace workspace, long maxBytes) {
        this.workspace = workspace;
        this.maxBytes = maxBytes;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The text of the file, or empty when it cannot be read (a diagnostic says why). */
    public Optional<String> read(Path file, Problems problems) {
        if (!workspace.contains(file)) {
            problems.warn(0, DiagnosticKind.SYMLINK_OUTSIDE, "Not read: the file links outside the workspace.");
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file)) {
                problems.error(0, DiagnosticKind.UNREADABLE, "Not a regular file.");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(
                        0,
                        DiagnosticKind.TOO_LARGE,
                        "Not read: " + size + " bytes is over the limit of " + maxBytes + " bytes.");
                return Optional.empty();
            }
            return decode(Files.readAllBytes(file), problems);
        } catch (IOException | SecurityException e) {
            problems.error(0, DiagnosticKind.UNREADABLE, "Cannot read the file: " + reason(e));
            return Optional.empty();
        }
    }

    /**
     * Decodes bytes read from a file, with every credential in them masked ({@link SecretScanner}): what any reader
     * of the workspace gets, so that no raw secret reaches an index, a page or an export. Each masked value is a
     * {@code SECRET} diagnostic at its line. Exposed for tests and for readers of partial files.
     */
    public static Optional<String> decode(byte[] bytes, Problems problems) {
        return decodeText(bytes, problems).map(text -> masked(text, problems));
    }

    private static String masked(String text, Problems problems) {
        SecretScanner.Masked masked = SecretScanner.mask(text);
        if (!masked.any()) {
            return text;
        }
        int line = 1;
        int at = 0;
        for (SecretScanner.Finding f : masked.findings()) {
            for (; at < f.start(); at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                }
            }
            problems.warn(
                    line,
                    DiagnosticKind.SECRET,
                    "A " + f.kind() + " is masked here (…" + f.last4() + ", fingerprint " + f.fingerprint()
                            + "): credentials do not belong in session files; rotate it.");
        }
        return masked.text();
    }

    private static Optional<String> decodeText(byte[] bytes, Problems problems) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            problems.info(0, DiagnosticKind.NOT_UTF8, "UTF-16 text; read as UTF-16.");
            return Optional.of(new String(bytes, StandardCharsets.UTF_16));
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                problems.error(
                        0, DiagnosticKind.BINARY_FILE, "Not read: binary content (a NUL byte at offset " + i + ").");
                return Optional.empty();
            }
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        // fast path: the JDK's intrinsic decoder; without replacement characters the bytes were valid UTF-8
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(fast);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes, start);
            problems.warn(line, DiagnosticKind.NOT_UTF8, "Not valid UTF-8; read as Windows-1252.");
            return Optional.of(new String(bytes, start, bytes.length - start, FALLBACK));
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? "access denied" : e.getMessage();
    }
}
