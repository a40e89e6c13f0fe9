package org.sessionledger.web.lifecycle;

/** The shapes of request fields, as regular expressions for {@code @Pattern}. */
final class Shapes {

    private Shapes() {}

    /** One line: no line breaks, no other control characters. */
    static final String ONE_LINE = "[^\\p{Cntrl}]*";

    static final String ONE_LINE_MESSAGE = "must be one line without control characters";

    /** A login name: a letter or digit, then letters, digits and {@code . _ @ -}, 64 characters at most. */
    static final String USER_NAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";

    static final String USER_NAME_MESSAGE =
            "must be a user name: a letter or digit, then letters, digits, '.', '_', '@' or '-' (64 at most)";

    /** The SHA-256 of a session log as the API and the forms hand it out, or nothing. */
    static final String HASH = "([0-9a-fA-F]{64})?";

    static final String HASH_MESSAGE = "must be the hash the session was read with (64 hexadecimal digits)";

    static final String BODY_MESSAGE = "a JSON object with the request's fields is required";
}
