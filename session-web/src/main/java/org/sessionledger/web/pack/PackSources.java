package org.sessionledger.web.pack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.git.CommitInfo;
import org.sessionledger.fs.read.Workspace;
import org.sessionledger.web.project.GitFeed;

/**
 * The source files of a session in a pack: as they are on disk (its folder, links not followed, and the task files it
 * links to), or — for a git project — as they were in the last commit made at or before a time. Paths are relative to
 * the project's workspace.
 */
final class PackSources {

    /** One file of a pack and the commit it was taken from (empty for a file as it is on disk). */
    record Source(String path, byte[] bytes) {}

    /** A session's files as of a time, and the commit they come from (empty when the clone holds none that early). */
    record AsOf(Optional<CommitInfo> commit, List<Source> files) {}

    private PackSources() {}

    static List<Source> current(Session s, WorkspaceScan scan, Path root) throws IOException {
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
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !files.contains(p))
                    .ifPresent(files::add);
        }
        files.sort(null);
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new Source(Workspace.portable(root.relativize(file).toString()), Files.readAllBytes(file)));
        }
        return sources;
    }

    /** The session's folder and linked task files as of the last commit at or before {@code at}. */
    static AsOf asOf(Session s, WorkspaceScan scan, GitFeed git, Instant at) throws IOException {
        Optional<org.eclipse.jgit.lib.ObjectId> head = git.workspace().head();
        Optional<CommitInfo> commit =
                head.isEmpty() ? Optional.empty() : git.workspace().history().commitAt(head.get(), at);
        if (commit.isEmpty()) {
            return new AsOf(commit, List.of());
        }
        Map<String, byte[]> files = new LinkedHashMap<>(
                git.workspace().history().filesAt(commit.get().id(), s.directory()));
        for (String taskId : s.relatedTasks()) {
            Optional<String> path = scan.task(taskId).map(t -> t.path());
            if (path.isPresent() && !files.containsKey(path.get())) {
                git.workspace()
                        .history()
                        .fileAt(commit.get().id(), path.get())
                        .ifPresent(b -> files.put(path.get(), b));
            }
        }
        List<Source> sources = new ArrayList<>();
        files.forEach((path, bytes) -> sources.add(new Source(path, bytes)));
        return new AsOf(commit, sources);
    }

    /** What {@code provenance.json} says of a commit. */
    static Map<String, Object> describe(CommitInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commit", c.id());
        m.put("author", c.authorName());
        m.put("email", c.authorEmail());
        m.put("at", c.at().toString());
        m.put("message", c.message());
        m.put("boundary", c.boundary());
        return m;
    }
}
