package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.session.SessionReader;

/**
 * Writes sessions back to their files: every write holds the session's lock, checks that the log is still the
 * version the caller read (when the caller says which), edits only the lines it must, and replaces the file
 * atomically.
 */
public final class SessionWriter {

    static final DateTimeFormatter ENTRY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DIR_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final FsSettings settings;
    private final SessionReader reader;

    public SessionWriter(FsSettings settings) {
        this.settings = settings;
        this.reader = new SessionReader(settings);
    }

    /** Creates a session: directory, artifact scaffold with READMEs, and a log with the "initiated" entry. */
    public WriteResult initiate(String goal, String coordinator, String actor, Instant now) throws IOException {
        if (goal == null || goal.isBlank()) {
            throw new InvalidRequestException("A session needs a goal.");
        }
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        String rootName = SessionLayout.SESSION_ROOTS.stream()
                .filter(r -> Files.isDirectory(settings.root().resolve(r)))
                .findFirst()
                .orElse(SessionLayout.DEFAULT_SESSION_ROOT);
        Path root = Files.createDirectories(settings.root().resolve(rootName));
        String base = "SESSION-" + sanitize(goal) + "-" + DIR_TIME.format(at);
        Path dir = root.resolve(base);
        for (int n = 2; Files.exists(dir); n++) {
            dir = root.resolve(base + "-" + n);
        }
        Files.createDirectory(dir);
        String id = dir.getFileName().toString();
        List<Path> created = Scaffold.write(dir, rootName.startsWith(".mdtm"));
        String log = SessionTemplate.log(id, goal.strip(), coordinator, actor, at);
        Path file = dir.resolve(SessionLayout.SESSION_LOG);
        AtomicFiles.write(file, log);
        return new WriteResult(dir, id, file, "", AtomicFiles.hash(log.getBytes(StandardCharsets.UTF_8)), created);
    }

    /** Pauses, resumes, completes or fails a session; refuses transitions the lifecycle does not allow. */
    public WriteResult transition(
            Path dir, Transition transition, String actor, String reason, Optional<String> expectedHash, Instant now)
            throws IOException {
        return edit(dir, expectedHash, (session, editor) -> {
            if (!Lifecycle.isAllowed(session.status(), transition)) {
                throw new InvalidRequestException(Lifecycle.refusal(session.status(), transition));
            }
            String status = StatusStyle.of(session.statusText()).write(transition.target());
            editor.setString("status", status);
            editor.setString(
                    "end_time",
                    transition.setsEndTime()
                            ? now.truncatedTo(ChronoUnit.SECONDS).toString()
                            : "");
            return entry(now, "Session status changed to: `" + status + "` by `" + actor + "`" + because(reason));
        });
    }

    /** Appends a log entry in the acting user's name. */
    public WriteResult appendEntry(Path dir, String actor, String text, Optional<String> expectedHash, Instant now)
            throws IOException {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("A log entry needs some text.");
        }
        return edit(dir, expectedHash, (session, editor) -> entry(now, "`" + actor + "`: " + text.strip()));
    }

    /** Creates an artifact file in a category, logs it and adds it to related_artifacts. */
    public WriteResult createArtifact(
            Path dir, ArtifactCategory category, String topic, String content, String actor, Instant now)
            throws IOException {
        if (category == ArtifactCategory.OTHER) {
            throw new InvalidRequestException("Choose one of the scaffold categories for an artifact.");
        }
        String name = Scaffold.prefix(category) + "-" + sanitize(topic) + "-" + FILE_TIME.format(now) + ".md";
        String folder = Files.isDirectory(dir.resolve(category.folder()))
                        && !Files.isDirectory(dir.resolve(SessionLayout.ARTIFACTS))
                ? category.folder()
                : SessionLayout.ARTIFACTS + "/" + category.folder();
        String relative = folder + "/" + name;
        List<Path> created = new ArrayList<>();
        WriteResult logged = edit(dir, Optional.empty(), (session, editor) -> {
            Path file = dir.resolve(relative);
            AtomicFiles.write(file, content.endsWith("\n") ? content : content + "\n");
            created.add(file);
            editor.appendToArray("related_artifacts", relative);
            return entry(
                    now, "Created artifact: `" + relative + "` (Type: " + category.folder() + ") by `" + actor + "`");
        });
        return new WriteResult(
                logged.sessionDir(),
                logged.sessionId(),
                logged.log(),
                logged.beforeHash(),
                logged.afterHash(),
                created);
    }

    /** Reads the session as it is now. */
    public Session read(Path dir) {
        if (!SessionReader.isSessionDirectory(dir)) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
        return reader.read(dir).session();
    }

    /** One edit of a session log: given the session as read and an editor, returns the log entry to append. */
    @FunctionalInterface
    interface Edit {
        String apply(Session session, FrontMatterEditor editor) throws IOException;
    }

    @SuppressWarnings("try") // the lock is held for the block, not used in it
    WriteResult edit(Path dir, Optional<String> expectedHash, Edit edit) throws IOException {
        Path file = dir.resolve(SessionLayout.SESSION_LOG);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
        try (SessionLock lock = SessionLock.acquire(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            String before = AtomicFiles.hash(bytes);
            if (expectedHash.isPresent()
                    && !expectedHash.get().isBlank()
                    && !expectedHash.get().equals(before)) {
                throw new ConflictException(
                        "The session log changed since you read it (another writer, perhaps the agent). Reload and try again.",
                        before);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            FrontMatterEditor editor;
            try {
                editor = new FrontMatterEditor(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Cannot edit this session: " + e.getMessage());
            }
            String line = edit.apply(reader.read(dir).session(), editor);
            String edited = editor.text();
            String separator =
                    edited.isEmpty() || edited.endsWith("\n") ? "" : (edited.contains("\r\n") ? "\r\n" : "\n");
            String after = edited + separator + line + (edited.contains("\r\n") ? "\r\n" : "\n");
            AtomicFiles.write(file, after);
            return new WriteResult(
                    dir,
                    dir.getFileName().toString(),
                    file,
                    before,
                    AtomicFiles.hash(after.getBytes(StandardCharsets.UTF_8)),
                    List.of());
        }
    }

    static String entry(Instant now, String text) {
        return "- [" + ENTRY_TIME.format(now) + "] " + text.replace("\r", "").replace("\n", "\n  ");
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    }

    /** A short, filesystem-safe form of a goal or topic. */
    static String sanitize(String text) {
        String safe = text.strip().replaceAll("[^A-Za-z0-9_\\- ]", "").replaceAll("\\s+", "_");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return safe.isEmpty() ? "Session" : safe;
    }

    /** The status word in the style the file already uses: emoji form, Word, or lower case. */
    record StatusStyle(boolean emoji, boolean lower) {
        static StatusStyle of(String written) {
            String w = written == null ? "" : written.strip();
            boolean emoji = w.isEmpty() || !Character.isLetter(w.codePointAt(0));
            return new StatusStyle(emoji, !emoji && w.equals(w.toLowerCase(Locale.ROOT)));
        }

        String write(SessionStatus status) {
            if (emoji) {
                return status.written();
            }
            return lower ? status.word().toLowerCase(Locale.ROOT) : status.word();
        }
    }
}
