package org.sessionledger.fs.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.parse.EntryParser;
import org.sessionledger.fs.parse.Fields;
import org.sessionledger.fs.parse.FrontMatter;
import org.sessionledger.fs.parse.FrontMatterFields;
import org.sessionledger.fs.parse.FrontMatterSplitter;
import org.sessionledger.fs.parse.KnownActors;
import org.sessionledger.fs.read.KnownBytes;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;

/**
 * Reads one session directory: its {@code session_log.md} (front matter in any of the seen key sets, then the log)
 * and its artifact tree. Whatever is wrong becomes a diagnostic; a session is always returned.
 */
public final class SessionReader {

    /** Keys read into the model; every other key is kept in {@link Session#extra()}. */
    private static final Set<String> KNOWN = Set.of(
            "id",
            "session_id",
            "title",
            "goal",
            "status",
            "start_time",
            "created_date",
            "end_time",
            "coordinator",
            "coordinator_mode",
            "mode",
            "related_tasks",
            "related_artifacts",
            "tags");

    private final Workspace workspace;
    private final SafeFileReader reader;
    private final ArtifactScanner artifacts;
    private final KnownActors actors;

    public SessionReader(FsSettings settings) {
        this(settings, KnownActors.NONE);
    }

    /** A reader that takes the names in {@code actors} (the workspace's modes) as entries' actors first. */
    public SessionReader(FsSettings settings, KnownActors actors) {
        this.actors = actors;
        this.workspace = new Workspace(settings.root());
        this.reader = new SafeFileReader(workspace, settings.maxFileBytes());
        this.artifacts = new ArtifactScanner(workspace, settings.maxFileBytes(), settings.maxDepth());
    }

    /** What reading a session gave. */
    public record Result(Session session, List<Diagnostic> diagnostics) {}

    public Result read(Path sessionDir) {
        return read(sessionDir, KnownBytes.NONE);
    }

    /** Reads the session, taking the bytes of files the caller has already read from {@code known}. */
    public Result read(Path sessionDir, KnownBytes known) {
        String dirName = sessionDir.getFileName().toString();
        Path log = sessionDir.resolve(SessionLayout.SESSION_LOG);
        Problems problems = new Problems(workspace.relative(log));
        if (Files.isSymbolicLink(log) || Files.isSymbolicLink(sessionDir)) {
            problems.warn(
                    0,
                    DiagnosticKind.READ_ONLY,
                    "The session log or its folder is a symbolic link: Session Ledger does not write through links, "
                            + "so this session is read-only.");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Artifact> found = artifacts.scan(sessionDir, diagnostics, known);
        Optional<byte[]> logBytes = known.of(log);
        Optional<String> text =
                logBytes.isPresent() ? SafeFileReader.decode(logBytes.get(), problems) : reader.read(log, problems);
        FrontMatter doc = FrontMatterSplitter.split(text.orElse(""));
        Fields fields = fieldsOf(doc, problems, text.isPresent());
        Session session = toSession(sessionDir, dirName, fields, doc, problems, found);
        checkRelatedArtifacts(sessionDir, session, fields, problems);
        diagnostics.addAll(0, problems.all());
        return new Result(session, diagnostics);
    }

    private static Fields fieldsOf(FrontMatter doc, Problems problems, boolean readable) {
        if (!readable) {
            return Fields.empty();
        }
        return FrontMatterFields.parse(doc, problems).orElseGet(() -> {
            problems.error(1, DiagnosticKind.MISSING_FRONT_MATTER, "No '+++' TOML front matter at the top.");
            return Fields.empty();
        });
    }

    private Session toSession(
            Path dir, String dirName, Fields fields, FrontMatter doc, Problems problems, List<Artifact> found) {
        Optional<String> declaredId = fields.text(problems, "id", "session_id");
        declaredId
                .filter(id -> !id.equals(dirName))
                .ifPresent(id -> problems.warn(
                        fields.lineOf("id", "session_id"),
                        DiagnosticKind.ID_MISMATCH,
                        "The id '" + id + "' differs from the directory name '" + dirName + "'."));
        String title = required(fields.text(problems, "title", "goal"), "title", fields, problems)
                .orElse(dirName);
        String statusText = required(fields.text(problems, "status"), "status", fields, problems)
                .orElse("");
        Optional<SessionStatus> status = SessionStatus.parse(statusText);
        if (!statusText.isEmpty() && status.isEmpty()) {
            problems.warn(
                    fields.lineOf("status"), DiagnosticKind.UNKNOWN_STATUS, "Unknown status '" + statusText + "'.");
        }
        WrittenTime start = startTime(fields, problems);
        WrittenTime end = fields.time(problems, "end_time");
        String coordinator = required(
                        fields.text(problems, "coordinator", "coordinator_mode", "mode"),
                        "coordinator",
                        fields,
                        problems)
                .orElse("");
        List<LogEntry> entries = EntryParser.parse(doc.body(), doc.bodyLine(), problems, actors.with(coordinator));
        return new Session(
                new SessionId(dirName),
                workspace.relative(dir),
                declaredId,
                title,
                status,
                statusText,
                start,
                end,
                coordinator,
                fields.list(problems, "related_tasks"),
                fields.list(problems, "related_artifacts"),
                fields.list(problems, "tags"),
                extra(fields),
                entries,
                found);
    }

    private static Optional<String> required(Optional<String> value, String key, Fields fields, Problems problems) {
        if (value.isEmpty() && !fields.asMap().isEmpty()) {
            problems.warn(0, DiagnosticKind.MISSING_FIELD, "The required key '" + key + "' is missing or empty.");
        }
        return value;
    }

    private static WrittenTime startTime(Fields fields, Problems problems) {
        WrittenTime start = fields.time(problems, "start_time", "created_date");
        if (!start.isPresent()) {
            required(Optional.empty(), "start_time", fields, problems);
        }
        return start;
    }

    private static Map<String, String> extra(Fields fields) {
        Map<String, String> extra = new LinkedHashMap<>();
        fields.asMap().forEach((key, value) -> {
            if (!KNOWN.contains(key)) {
                extra.put(key, value.asText());
            }
        });
        return extra;
    }

    private void checkRelatedArtifacts(Path dir, Session session, Fields fields, Problems problems) {
        for (String path : session.relatedArtifacts()) {
            Optional<Path> target = Links.resolveFile(workspace, dir, path);
            if (target.isEmpty()) {
                problems.warn(
                        fields.lineOf("related_artifacts"),
                        DiagnosticKind.DANGLING_ARTIFACT,
                        "related_artifacts names '" + path + "', which does not exist in the workspace.");
            }
        }
    }

    /** Whether a directory looks like a session: it holds a session log. */
    public static boolean isSessionDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve(SessionLayout.SESSION_LOG));
    }
}
