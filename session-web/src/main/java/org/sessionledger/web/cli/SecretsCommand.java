package org.sessionledger.web.cli;

import java.io.PrintStream;
import java.util.List;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.fs.secret.SecretAllowList;

/**
 * {@code session secrets [--workspace DIR]}: lists the credentials found in the workspace's session and task files
 * (their kind, file and line, never their value) and exits 1 when there is any, for pre-commit hooks and CI. Known
 * test values listed in {@link SecretAllowList#FILE} are left out.
 */
final class SecretsCommand {

    private final PrintStream out;

    SecretsCommand(PrintStream out) {
        this.out = out;
    }

    int run(FsSettings settings) {
        WorkspaceScan scan = new WorkspaceScanner(settings).scan();
        SecretAllowList allowed = SecretAllowList.of(settings.root(), List.of());
        List<Diagnostic> findings =
                scan.diagnostics().stream().filter(allowed::reports).toList();
        findings.forEach(d -> out.println(d.file() + ":" + d.line() + ": " + d.message()));
        out.println(
                findings.isEmpty()
                        ? "no credentials found"
                        : findings.size() + " credential" + (findings.size() == 1 ? "" : "s") + " found");
        return findings.isEmpty() ? 0 : 1;
    }
}
