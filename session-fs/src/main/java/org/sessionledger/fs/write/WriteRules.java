package org.sessionledger.fs.write;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.sessionledger.domain.error.InvalidRequestException;

/**
 * What the writers accept, checked before any file is touched: text without NUL or other control characters (tab and
 * line breaks aside), within a size per entry, and user names of a login's shape.
 */
public final class WriteRules {

    /** The default limit of one entry's text, in UTF-8 bytes. */
    public static final int DEFAULT_MAX_ENTRY_BYTES = 64 * 1024;

    /** The longest goal, topic or coordinator name (one line each). */
    static final int MAX_LINE_CHARS = 300;

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");

    private WriteRules() {}

    /**
     * Text of several lines (an entry, a note, a reason) as it will be written: line breaks as {@code \n}, stripped.
     *
     * @param what what the text is, for the message
     */
    public static String text(String text, String what, int maxBytes) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("The " + what + " needs some text.");
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        checkCharacters(normalized, what, true);
        int bytes = normalized.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InvalidRequestException(
                    "The " + what + " is " + bytes + " bytes long; at most " + maxBytes + " bytes are accepted.");
        }
        return normalized;
    }

    /** Text that may be empty (an optional reason or note); null and blank become empty. */
    public static String optionalText(String text, String what, int maxBytes) {
        return text == null || text.isBlank() ? "" : text(text, what, maxBytes);
    }

    /** One line of text (a goal, a topic, a coordinator's name), stripped. */
    public static String line(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("The " + what + " needs some text.");
        }
        String stripped = text.strip();
        checkCharacters(stripped, what, false);
        if (stripped.length() > MAX_LINE_CHARS) {
            throw new InvalidRequestException(
                    "The " + what + " is " + stripped.length() + " characters long; at most " + MAX_LINE_CHARS + ".");
        }
        return stripped;
    }

    /** A user name: letters, digits and {@code . _ @ + -}, up to 64 characters, no spaces or line breaks. */
    public static String user(String name, String what) {
        String stripped = name == null ? "" : name.strip();
        if (!USER.matcher(stripped).matches()) {
            throw new InvalidRequestException("The " + what + " must be a user name (letters, digits and . _ @ + -, "
                    + "up to 64 characters, no spaces).");
        }
        return stripped;
    }

    private static void checkCharacters(String text, String what, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || (lines && c == '\n');
            if ((c < 0x20 && !allowed) || c == 0x7F) {
                throw new InvalidRequestException("The " + what + " holds a control character (U+"
                        + String.format("%04X", (int) c) + "); only text, tabs and line breaks are accepted.");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    throw new InvalidRequestException("The " + what + " holds a broken character (a lone surrogate).");
                }
                i++;
            }
        }
    }
}
