package org.sessionledger.web.secret;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.secret.SecretAllowList;
import org.sessionledger.index.secret.SecretSightings;
import org.sessionledger.index.secret.SecretSightings.Sighting;
import org.sessionledger.web.config.SecretsConfig;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * The credentials masked in the workspace: the current ones (from the readers' {@code SECRET} diagnostics, known test
 * values left out) and, from the sightings table, when each was first and last seen — also the ones gone since.
 */
@ApplicationScoped
public class SecretFindings {

    private static final Logger LOG = Logger.getLogger(SecretFindings.class);
    private static final Pattern KIND = Pattern.compile("^An? ([a-z0-9-]+) is masked here \\(…([^,]*),");

    /** A finding as the page shows it. */
    public record Finding(
            String file,
            int line,
            String kind,
            String last4,
            String fingerprint,
            Instant firstSeen,
            Instant lastSeen,
            boolean present,
            String project,
            String commit,
            String author) {}

    private final WorkspaceService workspace;
    private final SecretSightings sightings;
    private final SecretsConfig config;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Long> recordedVersion = new java.util.HashMap<>();

    private final org.sessionledger.web.artifact.FileLookup files;

    SecretFindings(
            WorkspaceService workspace,
            SecretSightings sightings,
            SecretsConfig config,
            org.sessionledger.web.artifact.FileLookup files) {
        this.files = files;
        this.workspace = workspace;
        this.sightings = sightings;
        this.config = config;
    }

    /**
     * The findings now in the files of the request's project, known test values left out; in a git project each with
     * the last commit that changed its file (who may have brought it in).
     */
    public List<Finding> current() {
        WorkspaceScan scan = workspace.current();
        String project = workspace.runtime().name();
        var git = workspace.runtime().git();
        SecretAllowList allowed =
                SecretAllowList.of(workspace.root(), config.allow().orElse(List.of()));
        List<Finding> found = new ArrayList<>();
        for (Diagnostic d : scan.diagnostics()) {
            if (allowed.reports(d)) {
                Matcher m = KIND.matcher(d.message());
                boolean named = m.find();
                var change = git.flatMap(g -> g.lastChange(d.file()));
                found.add(new Finding(
                        d.file(),
                        d.line(),
                        named ? m.group(1) : "secret",
                        named ? m.group(2) : "",
                        SecretAllowList.fingerprintOf(d).orElseThrow(),
                        null,
                        null,
                        true,
                        project,
                        change.map(c -> c.shortId()).orElse(""),
                        change.map(c -> c.authorName() + " <" + c.authorEmail() + ">")
                                .orElse("")));
            }
        }
        return found;
    }

    /** Every finding, current ones first, with when each was first and last seen. */
    public synchronized List<Finding> all() {
        List<Finding> current = current();
        String project = workspace.runtime().name();
        Instant now = clock.instant();
        try {
            if (recordedVersion.getOrDefault(project, -1L) != workspace.version()) {
                sightings.seen(
                        project,
                        current.stream()
                                .map(f -> new Sighting(f.file(), f.fingerprint(), f.kind(), f.line(), now, now))
                                .toList(),
                        now);
                recordedVersion.put(project, workspace.version());
            }
            Map<String, Finding> byKey = new LinkedHashMap<>();
            current.forEach(f -> byKey.put(f.file() + " " + f.fingerprint(), f));
            for (Sighting s : sightings.all(project, 5_000)) {
                String key = s.file() + " " + s.fingerprint();
                Optional<Finding> present = Optional.ofNullable(byKey.get(key));
                byKey.put(
                        key,
                        new Finding(
                                s.file(),
                                present.map(Finding::line).orElse(s.line()),
                                s.kind(),
                                present.map(Finding::last4).orElse(""),
                                s.fingerprint(),
                                s.firstSeen(),
                                s.lastSeen(),
                                present.isPresent(),
                                project,
                                present.map(Finding::commit).orElse(""),
                                present.map(Finding::author).orElse("")));
            }
            return List.copyOf(byKey.values());
        } catch (SQLException e) {
            LOG.warnf("The sightings of secrets cannot be read: %s", e.getMessage());
            return current;
        }
    }

    /**
     * The raw value of the finding with {@code fingerprint} in {@code file} (a session or task file of the request's
     * project, read without following links), or 404 when the file holds no such credential any more.
     */
    public SecretsResource.Revealed reveal(String file, String fingerprint) {
        org.sessionledger.web.artifact.FileLookup.Found found = files.find(file);
        String text;
        try (java.io.InputStream in =
                java.nio.file.Files.newInputStream(found.file(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            text = new String(
                    in.readNBytes((int)
                            Math.min(Integer.MAX_VALUE - 8, workspace.settings().maxFileBytes())),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new org.sessionledger.domain.error.NotFoundException("file", file);
        }
        for (org.sessionledger.fs.secret.SecretScanner.Finding f :
                org.sessionledger.fs.secret.SecretScanner.find(text)) {
            if (f.fingerprint().equals(fingerprint)) {
                int line = 1
                        + (int) text.substring(0, f.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                return new SecretsResource.Revealed(
                        found.path(), fingerprint, f.kind(), line, text.substring(f.start(), f.end()));
            }
        }
        throw new org.sessionledger.domain.error.NotFoundException("finding", fingerprint + " in " + file);
    }
}
