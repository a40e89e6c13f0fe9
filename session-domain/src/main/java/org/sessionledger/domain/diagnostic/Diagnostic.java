package org.sessionledger.domain.diagnostic;

import java.util.Objects;

/**
 * A problem found in a file: never an exception, always something a user can read.
 *
 * @param file the file relative to the workspace root, with {@code /} separators
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param severity how bad it is
 * @param kind what kind of problem
 * @param message a sentence for people
 */
public record Diagnostic(String file, int line, Severity severity, DiagnosticKind kind, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
    }

    public static Diagnostic error(String file, int line, DiagnosticKind kind, String message) {
        return new Diagnostic(file, line, Severity.ERROR, kind, message);
    }

    public static Diagnostic warning(String file, int line, DiagnosticKind kind, String message) {
        return new Diagnostic(file, line, Severity.WARNING, kind, message);
    }

    /** {@code file:line: severity: message}, as compilers print. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message + " [" + kind.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
