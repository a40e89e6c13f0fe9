package org.sessionledger.index.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.fs.read.KnownFiles;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.scan.DirectoryStamp;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.UnitFiles;
import org.sessionledger.fs.scan.UnitListing;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.task.TaskReader;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.DocumentBuilder;

/** Stats and reads indexing units: what the mirror and the full-text index need of each. */
final class UnitReader {

    /** A unit read from disk: its mirror rows and its documents. */
    record Read(MirrorUnit unit, List<Document> documents) {}

    private final FsSettings settings;
    private final WorkspaceScanner scanner;
    private final DocumentBuilder documents;

    UnitReader(FsSettings settings, WorkspaceScanner scanner, DocumentBuilder documents) {
        this.settings = settings;
        this.scanner = scanner;
        this.documents = documents;
    }

    /** The stamps of the unit's files, without reading them; empty when the unit is gone. */
    List<FileStamp> stamps(String key) {
        return listing(key, Map.of()).files();
    }

    /**
     * As {@link #stamps}, with the listings of a session's directories; those in {@code known} (by path relative to
     * the session) are not listed again while unchanged.
     */
    UnitListing listing(String key, Map<String, DirectoryStamp> known) {
        Path path = UnitKeys.resolve(settings.root(), key);
        if (UnitKeys.isSession(key)) {
            return SessionReader.isSessionDirectory(path)
                    ? UnitFiles.list(scanner.workspace(), path, settings.maxDepth(), known)
                    : UnitListing.EMPTY;
        }
        return new UnitListing(UnitFiles.stamp(scanner.workspace(), path), List.of());
    }

    Read read(String key, List<FileStamp> stamps) {
        Path path = UnitKeys.resolve(settings.root(), key);
        KnownFiles known = new KnownFiles();
        List<MirrorUnit.FileState> files =
                stamps.stream().map(stamp -> state(stamp, known)).toList();
        // text is decoded only for the files whose content is indexed (not the session log, parsed on its own), and
        // once: the artifact titles were taken from the same text
        Function<String, Optional<String>> contentOf = p -> SessionLayout.isTextFile(p)
                ? known.text(settings.root().resolve(p), new Problems(p))
                : Optional.empty();
        if (UnitKeys.isSession(key)) {
            // artifact titles come from the bytes just read: each file is read once
            SessionReader.Result result = scanner.readSession(path, known);
            return new Read(
                    new MirrorUnit.SessionUnit(key, result.session(), result.diagnostics(), files),
                    documents.session(result.session(), contentOf));
        }
        TaskReader.Result result = scanner.readTask(path);
        List<Diagnostic> found = result.diagnostics();
        return result.task()
                .map(task ->
                        new Read(new MirrorUnit.TaskUnit(key, task, found, files), documents.task(task, contentOf)))
                .orElseGet(() -> new Read(new MirrorUnit.UnreadableUnit(key, found, files), List.of()));
    }

    /**
     * Reads a file of the unit once: its SHA-256 for the file state and, for files inside the workspace and under the
     * size limit, its bytes for the readers and the full-text index.
     */
    private MirrorUnit.FileState state(FileStamp stamp, KnownFiles read) {
        Path file = settings.root().resolve(stamp.path());
        if (stamp.size() > settings.maxFileBytes() || !scanner.workspace().contains(file)) {
            return new MirrorUnit.FileState(stamp.path(), stamp.size(), stamp.modifiedMillis(), "size:" + stamp.size());
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            read.put(file, bytes);
            return new MirrorUnit.FileState(stamp.path(), stamp.size(), stamp.modifiedMillis(), hash(bytes));
        } catch (IOException e) {
            return new MirrorUnit.FileState(stamp.path(), stamp.size(), stamp.modifiedMillis(), "unreadable");
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
