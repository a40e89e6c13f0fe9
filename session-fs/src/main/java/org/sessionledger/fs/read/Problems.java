package org.sessionledger.fs.read;

import java.util.ArrayList;
import java.util.List;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.diagnostic.Severity;

/** Collects the diagnostics of one file while it is read. */
public final class Problems {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(int line, DiagnosticKind kind, String message) {
        add(Severity.ERROR, line, kind, message);
    }

    public void warn(int line, DiagnosticKind kind, String message) {
        add(Severity.WARNING, line, kind, message);
    }

    public void info(int line, DiagnosticKind kind, String message) {
        add(Severity.INFO, line, kind, message);
    }

    public void add(Severity severity, int line, DiagnosticKind kind, String message) {
        found.add(new Diagnostic(file, line, severity, kind, message));
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
