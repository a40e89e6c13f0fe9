package org.sessionledger.domain.diagnostic;

/** How bad a diagnostic is. */
public enum Severity {
    /** Something could not be read at all; the file contributes little or nothing. */
    ERROR,
    /** Read, but something is wrong or missing. */
    WARNING,
    /** Worth knowing; nothing is lost. */
    INFO
}
