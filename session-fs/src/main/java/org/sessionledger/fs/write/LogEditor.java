package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.session.SessionReader;

/**
 * Carries out one change of a session under its lock: reads the log, checks the version the caller read, lets the
 * edit decide from the session as read, creates the edit's new files once, then changes the log through
 * {@link LogFile} — in place where it can, by a checked rename where the front matter must grow — and appends the
 * entry. When the log was rewritten by someone else meanwhile, it starts over from a fresh read.
 */
final class LogEditor {

    /**
     * What an edit does, decided from the session as read (parsed only when the edit asks for it): front matter
     * changes through the head, and a change.
     */
    @FunctionalInterface
    interface Edit {
        Change apply(Supplier<Session> session, LogHead head) throws IOException;
    }

    /** The entry to append (its lines, without the last line break) and files to create in the session. */
    record Change(String entry, List<NewFile> files) {
        Change {
            files = List.copyOf(files);
        }

        static Change entry(String entry) {
            return new Change(entry, List.of());
        }
    }

    /** A file to create, at a path relative to the session directory. */
    record NewFile(String relative, String content) {}

    /** How many times a log rewritten by someone else meanwhile is read again before the write gives up. */
    private static final int ATTEMPTS = 20;

    /**
     * Room kept after values that change again later: when the front matter has to be rewritten anyway, a status
     * line is padded to the widest status and an end time to a timestamp's width, so that the next transitions fit
     * in place.
     */
    static final Map<String, Integer> RESERVED = Map.of(
            "status",
            Arrays.stream(SessionStatus.values())
                    .mapToInt(s -> FrontMatterEditor.quote(s.written()).getBytes(StandardCharsets.UTF_8).length)
                    .max()
                    .orElse(0),
            "end_time",
            FrontMatterEditor.quote("2026-01-02T03:04:05Z").length());

    private final FsSettings settings;
    private final SessionReader reader;

    LogEditor(FsSettings settings, SessionReader reader) {
        this.settings = settings;
        this.reader = reader;
    }

    @SuppressWarnings("try") // the lock is held for the block, not used in it
    WriteResult edit(Path dir, Optional<String> expectedHash, Edit edit) throws IOException {
        Path relative = relativeDir(dir);
        try (SafeDirectory folder = open(dir, relative);
                SessionLock lock = SessionLock.acquire(folder)) {
            LogFile log = new LogFile(folder);
            String before = null;
            List<Path> created = new ArrayList<>();
            try {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    LogFile.Version version = read(log, dir);
                    String hash = version.hash();
                    if (expectedHash.isPresent() && !expectedHash.get().equals(hash)) {
                        throw new ConflictException(
                                "The session log changed since you read it (another writer, perhaps the agent). "
                                        + "Reload and try again.",
                                hash);
                    }
                    before = before == null ? hash : before;
                    LogHead head = LogHead.of(version.bytes());
                    LogFile.Version read = version;
                    Change change = edit.apply(memoized(() -> session(dir, read)), head);
                    byte[] entry = (change.entry() + head.newline()).getBytes(StandardCharsets.UTF_8);
                    checkSize(version, head, entry);
                    if (attempt == 0) {
                        created.addAll(create(folder, dir, change.files()));
                    }
                    if (write(log, version, head)) {
                        log.append(entry, head.newline());
                        return new WriteResult(
                                dir,
                                dir.getFileName().toString(),
                                dir.resolve(LogFile.NAME),
                                before,
                                log.read().hash(),
                                created);
                    }
                }
            } catch (IOException | RuntimeException e) {
                for (Path file : created) {
                    java.nio.file.Files.deleteIfExists(file);
                }
                throw e;
            }
            throw new ConflictException(
                    "The session log kept being rewritten while the change was made; nothing was written. Try again.",
                    log.read().hash());
        }
    }

    /** Changes the front matter when the edit did: in place when it keeps its length, else by a checked rename. */
    private static boolean write(LogFile log, LogFile.Version version, LogHead head) throws IOException {
        if (!head.changed()) {
            return true;
        }
        FrontMatterEditor editor = head.editor();
        if (editor.fit(head.length())) {
            return log.overwriteHead(version, head.start(), head.edited());
        }
        RESERVED.forEach(editor::reserve);
        return log.replaceHead(version, head.start(), head.end(), head.edited());
    }

    private void checkSize(LogFile.Version version, LogHead head, byte[] entry) {
        long growth = head.changed() ? Math.max(0, head.edited().length - head.length()) : 0;
        long after = version.size() + growth + entry.length;
        if (after > settings.maxFileBytes()) {
            throw new InvalidRequestException("The session log would grow to " + after + " bytes, over the limit of "
                    + settings.maxFileBytes() + " bytes that Session Ledger reads; nothing was written.");
        }
    }

    private static List<Path> create(SafeDirectory folder, Path dir, List<NewFile> files) throws IOException {
        List<Path> created = new ArrayList<>();
        for (NewFile file : files) {
            Path path = Path.of(file.relative());
            SafeDirectory parent = folder;
            try {
                for (int i = 0; i < path.getNameCount() - 1; i++) {
                    SafeDirectory next = parent.childOrCreate(path.getName(i).toString());
                    if (parent != folder) {
                        parent.close();
                    }
                    parent = next;
                }
                parent.createFile(path.getFileName().toString(), file.content().getBytes(StandardCharsets.UTF_8));
                created.add(dir.resolve(file.relative()));
            } catch (FileAlreadyExistsException e) {
                throw new ConflictException("'" + file.relative() + "' already exists; try again.", null);
            } finally {
                if (parent != folder) {
                    parent.close();
                }
            }
        }
        return created;
    }

    private static Supplier<Session> memoized(Supplier<Session> parse) {
        Session[] parsed = new Session[1];
        return () -> parsed[0] == null ? (parsed[0] = parse.get()) : parsed[0];
    }

    private Session session(Path dir, LogFile.Version version) {
        Path logPath = dir.resolve(LogFile.NAME);
        return reader.read(dir, file -> file.equals(logPath) ? Optional.of(version.bytes()) : Optional.empty())
                .session();
    }

    private static LogFile.Version read(LogFile log, Path dir) throws IOException {
        try {
            return log.read();
        } catch (NoSuchFileException e) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
    }

    private SafeDirectory open(Path dir, Path relative) throws IOException {
        try {
            return SafeDirectory.open(settings.root(), relative, false);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
    }

    private Path relativeDir(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!absolute.startsWith(settings.root()) || absolute.equals(settings.root())) {
            throw new NotFoundException("session", dir.getFileName().toString());
        }
        return settings.root().relativize(absolute);
    }
}
