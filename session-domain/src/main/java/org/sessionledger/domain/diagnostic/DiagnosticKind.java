package org.sessionledger.domain.diagnostic;

/** The problems a scan reports. */
public enum DiagnosticKind {
    MALFORMED_TOML,
    MALFORMED_YAML,
    DUPLICATE_KEY,
    MISSING_FRONT_MATTER,
    UNCLOSED_FRONT_MATTER,
    /** Front matter whose opening delimiter is missing: the keys were read up to its closing one. */
    UNOPENED_FRONT_MATTER,
    MISSING_FIELD,
    WRONG_TYPE,
    UNKNOWN_STATUS,
    BAD_TIMESTAMP,
    ID_MISMATCH,
    DANGLING_ARTIFACT,
    DANGLING_TASK,
    NOT_UTF8,
    BINARY_FILE,
    TOO_LARGE,
    SYMLINK_OUTSIDE,
    READ_ONLY,
    SECRET,
    /** A session folder outside the session roots, which is not read. */
    STRAY_SESSION,
    UNREADABLE
}
