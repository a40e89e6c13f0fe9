package org.sessionledger.web.pack;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.web.report.AuditEvent;
import org.sessionledger.web.report.ReportPage;
import org.sessionledger.web.report.ReportRenderer;
import org.sessionledger.web.report.ReportService;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * Builds audit packs: for each session its files as they are on disk (credentials masked, each masking listed), its
 * related task files and its summary report (HTML, PDF, JSON), then the audit report of the sessions (HTML, PDF, JSON),
 * all listed with their SHA-256 in a manifest signed with the server's key.
 */
@ApplicationScoped
public class PackService {

    /** The most sessions one pack may hold. */
    static final int MAX_SESSIONS = 5_000;

    private static final ReportRenderer.Format[] REPORT_FORMATS = {
        ReportRenderer.Format.HTML, ReportRenderer.Format.PDF, ReportRenderer.Format.JSON
    };

    private final WorkspaceService workspace;
    private final ReportService reports;
    private final ReportRenderer renderer;
    private final PackKeys keys;
    private final Clock clock = Clock.systemUTC();

    PackService(WorkspaceService workspace, ReportService reports, ReportRenderer renderer, PackKeys keys) {
        this.workspace = workspace;
        this.reports = reports;
        this.renderer = renderer;
        this.keys = keys;
    }

    /** The sessions a request names, or those with activity in its range (and of its coordinator). */
    List<Session> sessions(PackRequest request) {
        WorkspaceScan scan = workspace.current();
        List<Session> chosen = new ArrayList<>();
        if (!request.sessions().isEmpty()) {
            for (String id : request.sessions()) {
                chosen.add(scan.session(id).orElseThrow(() -> new NotFoundException("session", id)));
            }
        } else {
            for (Session s : scan.sessions()) {
                if (request.coordinatorName()
                                .map(c -> c.equals(s.coordinator()))
                                .orElse(true)
                        && active(s, request.start(), request.end())) {
                    chosen.add(s);
                }
            }
        }
        if (chosen.size() > MAX_SESSIONS) {
            throw new InvalidRequestException("A pack holds at most " + MAX_SESSIONS + " sessions; this request "
                    + "names " + chosen.size() + ". Choose a shorter range.");
        }
        return chosen;
    }

    /** Writes the pack of {@code sessions} to {@code out}. */
    void write(PackRequest request, List<Session> sessions, String user, String server, OutputStream out)
            throws IOException {
        List<PackManifest.MaskedSecret> masked = new ArrayList<>();
        try (PackWriter pack = new PackWriter(out)) {
            WorkspaceScan scan = workspace.current();
            for (Session s : sessions) {
                for (Path file : files(s, scan)) {
                    addSource(pack, file, masked);
                }
                for (ReportRenderer.Format f : REPORT_FORMATS) {
                    pack.add(
                            "reports/" + safe(s.id().value()) + "/summary." + f.extension(),
                            renderer.summary(reports.summary(s.id().value()), f));
                }
            }
            ReportPage.AuditQuery audit = request.auditQuery();
            Set<String> ids = sessions.stream().map(s -> s.id().value()).collect(Collectors.toSet());
            List<AuditEvent> events =
                    reports
                            .audit(
                                    audit.start(),
                                    audit.end(),
                                    "",
                                    request.coordinatorName().orElse(""),
                                    "")
                            .stream()
                            .filter(e -> ids.contains(e.session()))
                            .toList();
            for (ReportRenderer.Format f : REPORT_FORMATS) {
                pack.add("reports/audit." + f.extension(), renderer.audit(audit, events, f));
            }
            pack.finish(
                    new PackManifest(
                            PackManifest.FORMAT,
                            Instant.now(clock).toString(),
                            server,
                            user,
                            request.asQuery(),
                            "",
                            "files",
                            List.of(),
                            masked),
                    keys.key());
        }
    }

    /** The session's own files (its folder, links not followed) and the task files it links to. */
    private List<Path> files(Session s, WorkspaceScan scan) throws IOException {
        Path root = workspace.root();
        Path dir = root.resolve(s.directory());
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".session_log.lock") && !name.endsWith(".tmp")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (String taskId : s.relatedTasks()) {
            scan.task(taskId)
                    .map(t -> root.resolve(t.path()))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !files.contains(p))
                    .ifPresent(files::add);
        }
        files.sort(null);
        return files;
    }

    private void addSource(PackWriter pack, Path file, List<PackManifest.MaskedSecret> masked) throws IOException {
        String relative = workspace.root().relativize(file).toString();
        String path = "files/" + relative;
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            pack.add(path, bytes);
            return;
        }
        SecretScanner.Masked m = SecretScanner.mask(text.get());
        for (SecretScanner.Finding f : m.findings()) {
            masked.add(new PackManifest.MaskedSecret(path, lineOf(text.get(), f.start()), f.kind()));
        }
        pack.add(path, m.any() ? m.text().getBytes(StandardCharsets.UTF_8) : bytes);
    }

    private static Optional<String> utf8(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean active(Session s, Instant from, Instant to) {
        Optional<Instant> start = s.start().instant();
        if (start.isPresent() && !start.get().isBefore(from) && start.get().isBefore(to)) {
            return true;
        }
        return s.entries().stream()
                .map(e -> e.time().instant())
                .flatMap(Optional::stream)
                .anyMatch(t -> !t.isBefore(from) && t.isBefore(to));
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
