package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.parse.EntryLines;
import org.sessionledger.fs.session.SessionReader;

/**
 * Writes sessions back to their files. Text is checked before anything is touched ({@link WriteRules}); every write
 * holds the session's lock, checks that the log is still the version the caller read (when the caller says which),
 * edits only the lines it must, appends entries in place and never writes through a symbolic link ({@link LogEditor}).
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
    private final LogEditor editor;
    private final int maxEntryBytes;

    public SessionWriter(FsSettings settings) {
        this(settings, WriteRules.DEFAULT_MAX_ENTRY_BYTES);
    }

    /** A writer accepting entries of up to {@code maxEntryBytes} bytes of UTF-8. */
    public SessionWriter(FsSettings settings, int maxEntryBytes) {
        this.settings = settings;
        this.reader = new SessionReader(settings);
        this.editor = new LogEditor(settings, reader);
        this.maxEntryBytes = maxEntryBytes;
    }

    int maxEntryBytes() {
        return maxEntryBytes;
    }

    /** Creates a session: directory, artifact scaffold with READMEs, and a log with the "initiated" entry. */
    public WriteResult initiate(String goal, String coordinator, String actor, Instant now) throws IOException {
        String title = WriteRules.line(goal, "goal");
        String coordinatorName = coordinator == null || coordinator.isBlank()
                ? "session-ledger"
                : WriteRules.line(coordinator, "coordinator");
        String owner = WriteRules.user(actor, "acting user");
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        String rootName = SessionLayout.SESSION_ROOTS.stream()
                .filter(r -> Files.isDirectory(settings.root().resolve(r), LinkOption.NOFOLLOW_LINKS))
                .findFirst()
                .orElse(SessionLayout.DEFAULT_SESSION_ROOT);
        String base = "SESSION-" + sanitize(title) + "-" + DIR_TIME.format(at);
        try (SafeDirectory root = SafeDirectory.open(settings.root(), Path.of(rootName), true)) {
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : base + "-" + n;
                SafeDirectory dir;
                try {
                    dir = root.createChild(id);
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                try (dir) {
                    List<Path> created = Scaffold.write(dir, rootName.startsWith(".mdtm"));
                    String log = SessionTemplate.log(id, title, coordinatorName, owner, at);
                    dir.createFile(SessionLayout.SESSION_LOG, log.getBytes(StandardCharsets.UTF_8));
                    return new WriteResult(
                            dir.path(),
                            id,
                            dir.path().resolve(SessionLayout.SESSION_LOG),
                            "",
                            AtomicFiles.hash(log.getBytes(StandardCharsets.UTF_8)),
                            created);
                }
            }
        }
    }

    /** Pauses, resumes, completes or fails a session; refuses transitions the lifecycle does not allow. */
    public WriteResult transition(
            Path dir, Transition transition, String actor, String reason, Optional<String> expectedHash, Instant now)
            throws IOException {
        String why = WriteRules.optionalText(reason, "reason", maxEntryBytes);
        return edit(dir, expectedHash, (session, head) -> {
            Session current = session.get();
            if (!Lifecycle.isAllowed(current.status(), transition)) {
                throw new InvalidRequestException(Lifecycle.refusal(current.status(), transition));
            }
            String status = StatusStyle.of(current.statusText()).write(transition.target());
            head.editor().setString("status", status);
            head.editor()
                    .setString(
                            "end_time",
                            transition.setsEndTime()
                                    ? now.truncatedTo(ChronoUnit.SECONDS).toString()
                                    : "");
            return LogEditor.Change.entry(
                    entry(now, "Session status changed to: `" + status + "` by `" + actor + "`" + because(why)));
        });
    }

    /** Appends a log entry in the acting user's name. */
    public WriteResult appendEntry(Path dir, String actor, String text, Optional<String> expectedHash, Instant now)
            throws IOException {
        String checked = WriteRules.text(text, "log entry", maxEntryBytes);
        return edit(
                dir,
                expectedHash,
                (session, head) -> LogEditor.Change.entry(entry(now, "`" + actor + "`: " + checked)));
    }

    /** Creates an artifact file in a category, logs it and adds it to related_artifacts. */
    public WriteResult createArtifact(
            Path dir, ArtifactCategory category, String topic, String content, String actor, Instant now)
            throws IOException {
        if (category == ArtifactCategory.OTHER) {
            throw new InvalidRequestException("Choose one of the scaffold categories for an artifact.");
        }
        String name = sanitize(WriteRules.line(topic, "topic"));
        String body = content == null || content.isBlank()
                ? ""
                : WriteRules.text(content, "artifact text", (int) Math.min(Integer.MAX_VALUE, settings.maxFileBytes()));
        return edit(dir, Optional.empty(), (session, head) -> {
            String folder = Files.isDirectory(dir.resolve(category.folder()), LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(dir.resolve(SessionLayout.ARTIFACTS), LinkOption.NOFOLLOW_LINKS)
                    ? category.folder()
                    : SessionLayout.ARTIFACTS + "/" + category.folder();
            String relative = free(dir, folder, Scaffold.prefix(category) + "-" + name + "-" + FILE_TIME.format(now));
            head.editor().appendToArray("related_artifacts", relative);
            return new LogEditor.Change(
                    entry(
                            now,
                            "Created artifact: `" + relative + "` (Type: " + category.folder() + ") by `" + actor
                                    + "`"),
                    List.of(new LogEditor.NewFile(relative, body + "\n")));
        });
    }

    /** {@code folder/stem.md}, or with {@code -2}, {@code -3}, ... when that name is taken. */
    static String free(Path dir, String folder, String stem) {
        String relative = folder + "/" + stem + ".md";
        for (int n = 2; Files.exists(dir.resolve(relative), LinkOption.NOFOLLOW_LINKS); n++) {
            relative = folder + "/" + stem + "-" + n + ".md";
        }
        return relative;
    }

    /** Reads the session as it is now. */
    public Session read(Path dir) {
        if (!SessionReader.isSessionDirectory(dir)) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
        return reader.read(dir).session();
    }

    WriteResult edit(Path dir, Optional<String> expectedHash, LogEditor.Edit edit) throws IOException {
        return editor.edit(dir, expectedHash.filter(h -> !h.isBlank()), edit);
    }

    /** A log entry of {@code text} (checked by {@link WriteRules}), so that it reads back as one entry. */
    static String entry(Instant now, String text) {
        return EntryLines.encode("- [" + ENTRY_TIME.format(now) + "] ", text);
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
