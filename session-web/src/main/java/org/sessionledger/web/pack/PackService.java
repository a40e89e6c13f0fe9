package org.sessionledger.web.pack;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.web.project.GitFeed;
import org.sessionledger.web.report.AuditEvent;
import org.sessionledger.web.report.ReportPage;
import org.sessionledger.web.report.ReportRenderer;
import org.sessionledger.web.report.ReportService;
import org.sessionledger.web.report.SessionSummary;
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

    /** Renders summary reports for packs, one thread per core. */
    private static final ExecutorService RENDERING = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().daemon().name("pack-render-", 0).factory());

    private static final com.fasterxml.jackson.databind.ObjectMapper PROVENANCE =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

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
        if (request.asOfInstant().isPresent() && workspace.runtime().git().isEmpty()) {
            throw new InvalidRequestException("A pack as of a past time is made from a git project's history;"
                    + " project '" + workspace.runtime().name() + "' is a folder, whose earlier contents are not"
                    + " kept (its audit keeps the hash before and after each write, not the text).");
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
        Optional<Instant> asOf = request.asOfInstant();
        Optional<GitFeed> git = workspace.runtime().git();
        List<Map<String, Object>> provenance = new ArrayList<>();
        try (PackWriter pack = new PackWriter(out)) {
            WorkspaceScan scan = workspace.current();
            List<Future<byte[][]>> summaries = asOf.isPresent() ? List.of() : renderSummaries(sessions);
            try {
                for (int i = 0; i < sessions.size(); i++) {
                    addSession(pack, sessions.get(i), scan, asOf, git, provenance, masked);
                    if (asOf.isEmpty()) {
                        addSummaries(pack, sessions.get(i), summaries.get(i));
                    }
                }
            } finally {
                summaries.forEach(f -> f.cancel(true));
            }
            ReportPage.AuditQuery audit = request.auditQuery();
            Set<String> ids = sessions.stream().map(s -> s.id().value()).collect(Collectors.toSet());
            List<AuditEvent> events = reports
                    .audit(
                            audit.start(),
                            asOf.filter(t -> t.isBefore(audit.end())).orElse(audit.end()),
                            "",
                            request.coordinatorName().orElse(""),
                            "")
                    .stream()
                    .filter(e -> ids.contains(e.session()))
                    .toList();
            for (ReportRenderer.Format f : REPORT_FORMATS) {
                pack.add("reports/audit." + f.extension(), renderer.audit(audit, events, f));
            }
            if (git.isPresent()) {
                pack.add("provenance.json", PROVENANCE.writeValueAsBytes(provenance));
            }
            pack.finish(
                    new PackManifest(
                            PackManifest.FORMAT,
                            Instant.now(clock).toString(),
                            server,
                            user,
                            request.asQuery(),
                            asOf.map(Instant::toString).orElse(""),
                            asOf.isPresent() ? "git" : "files",
                            List.of(),
                            masked),
                    keys.key());
        }
    }

    /** A session's files (as they are, or as of a time) and, for the files as they are, its summary reports. */
    private void addSession(
            PackWriter pack,
            Session s,
            WorkspaceScan scan,
            Optional<Instant> asOf,
            Optional<GitFeed> git,
            List<Map<String, Object>> provenance,
            List<PackManifest.MaskedSecret> masked)
            throws IOException {
        if (asOf.isPresent()) {
            PackSources.AsOf version = PackSources.asOf(s, scan, git.orElseThrow(), asOf.get());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("session", s.id().value());
            version.commit().ifPresentOrElse(c -> p.putAll(PackSources.describe(c)), () -> p.put("commit", null));
            provenance.add(p);
            for (PackSources.Source f : version.files()) {
                addSource(pack, f, masked);
            }
            return; // the summaries describe the sessions as they are now: an as-of pack leaves them out
        }
        for (PackSources.Source f : PackSources.current(s, scan, workspace.root())) {
            addSource(pack, f, masked);
            git.flatMap(g -> g.lastChange(f.path())).ifPresent(c -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("file", "files/" + f.path());
                p.putAll(PackSources.describe(c));
                provenance.add(p);
            });
        }
    }

    /**
     * Starts rendering the sessions' summary reports on all cores (PDFs cost the most), in this request's context so
     * that they are of its project; the pack takes them in order.
     */
    private List<Future<byte[][]>> renderSummaries(List<Session> sessions) {
        ManagedContext context = Arc.container().requestContext();
        InjectableContext.ContextState state = context.isActive() ? context.getState() : null;
        List<Future<byte[][]>> rendered = new ArrayList<>();
        for (Session s : sessions) {
            SessionSummary summary = reports.summary(s.id().value());
            rendered.add(RENDERING.submit(() -> {
                if (state != null) {
                    context.activate(state);
                }
                try {
                    byte[][] formats = new byte[REPORT_FORMATS.length][];
                    for (int f = 0; f < REPORT_FORMATS.length; f++) {
                        formats[f] = renderer.summary(summary, REPORT_FORMATS[f]);
                    }
                    return formats;
                } finally {
                    if (state != null) {
                        context.deactivate();
                    }
                }
            }));
        }
        return rendered;
    }

    private static void addSummaries(PackWriter pack, Session s, Future<byte[][]> rendered) throws IOException {
        byte[][] formats;
        try {
            formats = rendered.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("The pack was interrupted.");
        } catch (ExecutionException e) {
            throw new IOException("The summary of " + s.id().value() + " could not be rendered", e.getCause());
        }
        for (int f = 0; f < REPORT_FORMATS.length; f++) {
            pack.add("reports/" + safe(s.id().value()) + "/summary." + REPORT_FORMATS[f].extension(), formats[f]);
        }
    }

    private void addSource(PackWriter pack, PackSources.Source source, List<PackManifest.MaskedSecret> masked)
            throws IOException {
        String path = "files/" + source.path();
        byte[] bytes = source.bytes();
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
