package org.sessionledger.fs.write;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.ReadOnlyException;

/**
 * The front matter of a session log as bytes: where it ends, and an editor of it made when an edit first asks for
 * one. The body after it is never decoded, so a write can neither change nor lose a byte of it.
 */
final class LogHead {

    private static final int BINARY_PROBE = 8000;

    private final byte[] log;
    private final int start;
    private final int end;
    private FrontMatterEditor editor;

    private LogHead(byte[] log, int start, int end) {
        this.log = log;
        this.start = start;
        this.end = end;
    }

    /** The head of a log; refuses logs the writer would damage (binary, UTF-16). */
    static LogHead of(byte[] log) {
        if (log.length >= 2
                && ((log[0] & 0xFF) == 0xFE && (log[1] & 0xFF) == 0xFF
                        || (log[0] & 0xFF) == 0xFF && (log[1] & 0xFF) == 0xFE)) {
            throw new ReadOnlyException("The session log is UTF-16 text; Session Ledger writes UTF-8 only, so this "
                    + "session is read-only here.");
        }
        for (int i = 0; i < Math.min(log.length, BINARY_PROBE); i++) {
            if (log[i] == 0) {
                throw new ReadOnlyException("The session log holds binary content; nothing was written.");
            }
        }
        int start = log.length >= 3 && (log[0] & 0xFF) == 0xEF && (log[1] & 0xFF) == 0xBB && (log[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        return new LogHead(log, start, endOfFrontMatter(log, start));
    }

    /** The offset after the closing {@code +++} line, or -1 when the log has no closed {@code +++} front matter. */
    private static int endOfFrontMatter(byte[] log, int start) {
        int pos = start;
        boolean open = false;
        while (pos < log.length) {
            int lineEnd = pos;
            while (lineEnd < log.length && log[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = new String(log, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).strip();
            int next = Math.min(lineEnd + 1, log.length);
            if (line.equals("+++")) {
                if (open) {
                    return next;
                }
                open = true;
            } else if (!open && !line.isEmpty()) {
                return -1;
            }
            pos = next;
        }
        return -1;
    }

    /** The editor of the front matter; refuses a log without closed {@code +++} front matter, or not in UTF-8. */
    FrontMatterEditor editor() {
        if (editor == null) {
            if (end < 0) {
                throw new InvalidRequestException(
                        "Cannot edit this session: the log has no closed '+++' front matter to change.");
            }
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(log, start, end - start))
                        .toString();
                editor = new FrontMatterEditor(text);
            } catch (CharacterCodingException e) {
                throw new ReadOnlyException("The session log's front matter is not UTF-8; Session Ledger would "
                        + "damage it, so this session is read-only here.");
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Cannot edit this session: " + e.getMessage());
            }
        }
        return editor;
    }

    /** Whether an edit changed the front matter. */
    boolean changed() {
        return editor != null && editor.changed();
    }

    /** Bytes before the front matter's end that an edit replaces (a byte-order mark stays). */
    int length() {
        return end - start;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The edited front matter, in UTF-8. */
    byte[] edited() {
        return editor.text().getBytes(StandardCharsets.UTF_8);
    }

    /** The line break the log uses. */
    String newline() {
        for (int i = 0; i < log.length; i++) {
            if (log[i] == '\n') {
                return i > 0 && log[i - 1] == '\r' ? "\r\n" : "\n";
            }
        }
        return "\n";
    }
}
