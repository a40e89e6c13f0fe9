package org.sessionledger.index.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.UnitFiles;
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
        Path path = UnitKeys.resolve(settings.root(), key);
        if (UnitKeys.isSession(key)) {
            return SessionReader.isSessionDirectory(path)
                    ? UnitFiles.stamps(scanner.workspace(), path, settings.maxDepth())
                    : List.of();
        }
        return UnitFiles.stamp(scanner.workspace(), path);
    }

    Read read(String key, List<FileStamp> stamps) {
        Path path = UnitKeys.resolve(settings.root(), key);
        List<MirrorUnit.FileState> files = stamps.stream().map(this::state).toList();
        if (UnitKeys.isSession(key)) {
            SessionReader.Result result = scanner.readSession(path);
            return new Read(
                    new MirrorUnit.SessionUnit(key, result.session(), result.diagnostics(), files),
                    documents.session(result.session()));
        }
        TaskReader.Result result = scanner.readTask(path);
        List<Diagnostic> found = result.diagnostics();
        return result.task()
                .map(task -> new Read(new MirrorUnit.TaskUnit(key, task, found, files), documents.task(task)))
                .orElseGet(() -> new Read(new MirrorUnit.UnreadableUnit(key, found, files), List.of()));
    }

    private MirrorUnit.FileState state(FileStamp stamp) {
        return new MirrorUnit.FileState(stamp.path(), stamp.size(), stamp.modifiedMillis(), hash(stamp));
    }

    /** SHA-256 of the file's bytes; files over the size limit are identified by their stamp only. */
    private String hash(FileStamp stamp) {
        if (stamp.size() > settings.maxFileBytes()) {
            return "size:" + stamp.size();
        }
        try (InputStream in = Files.newInputStream(settings.root().resolve(stamp.path()))) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
