package org.sessionledger.fs.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;

/**
 * Known test values that are not reported as findings (they are still masked, as everything shaped like a credential
 * is): listed one per line in {@code .session-ledger-allow} at the workspace root (committed with the project, so a
 * pre-commit hook and the server agree) and in configuration, each as the value itself or as the fingerprint a finding
 * shows. Lines starting with {@code #} are comments.
 */
public final class SecretAllowList {

    /** The file of allowed values at the workspace root. */
    public static final String FILE = ".session-ledger-allow";

    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint ([0-9a-f]{12})");
    private static final Pattern HEX12 = Pattern.compile("[0-9a-f]{12}");

    private final Set<String> fingerprints;

    private SecretAllowList(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    public static final SecretAllowList NONE = new SecretAllowList(Set.of());

    /** The allow list of a workspace: its {@link #FILE} and {@code configured} values. */
    public static SecretAllowList of(Path workspaceRoot, Collection<String> configured) {
        Set<String> all = new HashSet<>();
        configured.forEach(v -> add(all, v));
        Path file = workspaceRoot.resolve(FILE);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(v -> add(all, v));
            } catch (IOException e) {
                // an unreadable allow list allows nothing: every finding is reported
            }
        }
        return new SecretAllowList(all);
    }

    private static void add(Set<String> all, String line) {
        String v = line.strip();
        if (v.isEmpty() || v.startsWith("#")) {
            return;
        }
        all.add(HEX12.matcher(v).matches() ? v : SecretScanner.fingerprint(v));
    }

    /** The fingerprint a {@code SECRET} diagnostic names, if it is one. */
    public static Optional<String> fingerprintOf(Diagnostic d) {
        if (d.kind() != DiagnosticKind.SECRET) {
            return Optional.empty();
        }
        Matcher m = FINGERPRINT.matcher(d.message());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a diagnostic is a finding to report: a {@code SECRET} one whose value is not allowed. */
    public boolean reports(Diagnostic d) {
        return fingerprintOf(d).filter(f -> !fingerprints.contains(f)).isPresent();
    }
}
