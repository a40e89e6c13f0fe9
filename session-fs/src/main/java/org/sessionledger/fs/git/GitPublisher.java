package org.sessionledger.fs.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

/**
 * Writes on a git project: the writer changes files in the work tree (with every guarantee of a local write), then
 * the files that differ from the work tree's commit in the folders it names are committed (the acting user as author,
 * the server as committer) and pushed, never forced. When the remote moved meanwhile, the remote is fetched and the
 * commit is made again on top of it if no file was changed on the same lines by both (appends to the end of a log
 * on both sides are kept, the remote's first); else the commit is undone, the files take the remote's version, and
 * {@link GitConflictException} says what changed. Any other failure to push undoes the commit too.
 */
public final class GitPublisher {

    /** I/O that may fail. */
    @FunctionalInterface
    public interface Write<T> {
        T run() throws IOException;
    }

    /**
     * A write that reached the remote.
     *
     * @param value what the writer returned
     * @param commit the commit pushed (empty when the write changed nothing)
     * @param changed every repository path that changed in the work tree: the write's and, after a rebase, the
     *     remote's
     */
    public record Published<T>(T value, Optional<String> commit, Set<String> changed) {}

    private static final int ATTEMPTS = 3;

    private final GitWorkspace workspace;

    public GitPublisher(GitWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Runs {@code write}, which changes files under {@code folders} (repository paths), and pushes what it changed.
     *
     * @throws GitConflictException when the remote changed the same lines meanwhile (nothing written)
     * @throws IOException when the push failed otherwise (nothing written)
     */
    public <T> Published<T> write(
            List<String> folders, PersonIdent author, PersonIdent committer, String message, Write<T> write)
            throws IOException {
        workspace.lock().lock();
        try {
            Repository repo = workspace.repository();
            ObjectId baseId = workspace.head().orElseThrow(() -> new IOException("The project is not cloned yet."));
            T value;
            try {
                value = write.run();
            } catch (IOException | RuntimeException e) {
                restore(baseId, changes(baseId, folders).keySet());
                throw e;
            }
            Map<String, Optional<byte[]>> ours = changes(baseId, folders);
            if (ours.isEmpty()) {
                return new Published<>(value, Optional.empty(), Set.of());
            }
            Set<String> changed = new LinkedHashSet<>(ours.keySet());
            ObjectId base = baseId;
            Map<String, Optional<byte[]>> files = ours;
            for (int attempt = 1; ; attempt++) {
                ObjectId commit = new CommitWriter(repo).commit(base, files, author, committer, message);
                RemoteRefUpdate.Status status;
                try {
                    status = push(commit, base);
                } catch (IOException e) {
                    restore(base, files.keySet());
                    throw e;
                }
                if (status == RemoteRefUpdate.Status.OK || status == RemoteRefUpdate.Status.UP_TO_DATE) {
                    Refs.set(repo, workspace.remote().trackingRef(), commit);
                    workspace.moveWorkRef(commit);
                    return new Published<>(value, Optional.of(commit.name()), changed);
                }
                if (!movedRemotely(status) || attempt == ATTEMPTS) {
                    restore(base, files.keySet());
                    throw new IOException("The remote refused the push (" + status + "); nothing was written.");
                }
                workspace.fetch();
                ObjectId theirs = workspace.tracking();
                Rebase.Outcome rebased = new Rebase(repo).onto(base, theirs, files);
                if (!rebased.conflicts().isEmpty()) {
                    List<CommitInfo> remote = remoteCommits(base, theirs);
                    undo(base, theirs, files.keySet());
                    throw new GitConflictException(rebased.conflicts(), remote);
                }
                changed.addAll(bringRemote(base, theirs, rebased.files()));
                base = theirs;
                files = rebased.files();
            }
        } finally {
            workspace.lock().unlock();
        }
    }

    private static boolean movedRemotely(RemoteRefUpdate.Status status) {
        return status == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                || status == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED;
    }

    /** Pushes {@code commit} to the branch if it still is at {@code expected}. */
    private RemoteRefUpdate.Status push(ObjectId commit, ObjectId expected) throws IOException {
        GitRemote remote = workspace.remote();
        try (Transport transport = Transport.open(
                workspace.repository(), new URIish(remote.source().url()))) {
            remote.apply(transport);
            RemoteRefUpdate update = new RemoteRefUpdate(
                    workspace.repository(), null, commit, remote.branchRef(), false, null, expected);
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            return result.getRemoteUpdate(remote.branchRef()).getStatus();
        } catch (URISyntaxException e) {
            throw new IOException("Not a git URL: " + remote.source().safeUrl(), e);
        } catch (org.eclipse.jgit.errors.TransportException e) {
            throw new IOException("Cannot push to " + remote.source().safeUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The files under {@code folders} that differ from commit {@code base}: new bytes, or empty when deleted. */
    private Map<String, Optional<byte[]>> changes(ObjectId base, List<String> folders) throws IOException {
        Map<String, ObjectId> committed = Refs.filesUnder(workspace.repository(), base, folders);
        Map<String, Optional<byte[]>> out = new LinkedHashMap<>();
        WorkTree work = workspace.work();
        for (String path : filesInWork(folders)) {
            byte[] bytes = work.read(path).orElse(null);
            if (bytes != null && !WorkTree.idOf(bytes).equals(committed.get(path))) {
                out.put(path, Optional.of(bytes));
            }
        }
        for (String path : committed.keySet()) {
            if (work.read(path).isEmpty()) {
                out.put(path, Optional.empty());
            }
        }
        return out;
    }

    private List<String> filesInWork(List<String> folders) throws IOException {
        List<String> out = new ArrayList<>();
        Path root = workspace.work().root();
        for (String folder : folders) {
            Optional<Path> dir = workspace.work().resolve(folder);
            if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
                continue;
            }
            Files.walkFileTree(dir.get(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !name.equals(".session_log.lock") && !name.startsWith(".ledger-")) {
                        out.add(org.sessionledger.fs.read.Workspace.portable(
                                root.relativize(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return out;
    }

    /** Puts back what commit {@code base} holds at {@code paths} (removing files it does not hold). */
    private void restore(ObjectId base, Set<String> paths) throws IOException {
        Map<String, ObjectId> committed = Refs.files(workspace.repository(), base, paths);
        for (String path : paths) {
            ObjectId blob = committed.get(path);
            if (blob == null) {
                workspace.work().delete(path);
            } else {
                workspace.work().write(path, workspace.repository().open(blob).getBytes());
            }
        }
    }

    /** After a conflict: the work tree takes the remote's version of everything, the write's files included. */
    private void undo(ObjectId base, ObjectId theirs, Set<String> ours) throws IOException {
        restore(base, ours);
        workspace.checkout(theirs);
    }

    /** After a rebase: the remote's other changes reach the work tree, and the write's files their merged bytes. */
    private Set<String> bringRemote(ObjectId base, ObjectId theirs, Map<String, Optional<byte[]>> merged)
            throws IOException {
        restore(base, merged.keySet());
        GitSyncResult sync = workspace.checkout(theirs);
        for (Map.Entry<String, Optional<byte[]>> file : merged.entrySet()) {
            if (file.getValue().isPresent()) {
                workspace.work().write(file.getKey(), file.getValue().get());
            } else {
                workspace.work().delete(file.getKey());
            }
        }
        return sync.changed();
    }

    private List<CommitInfo> remoteCommits(ObjectId base, ObjectId theirs) throws IOException {
        List<CommitInfo> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(workspace.repository())) {
            walk.markStart(walk.parseCommit(theirs));
            walk.markUninteresting(walk.parseCommit(base));
            for (RevCommit c : walk) {
                out.add(CommitInfo.of(c, false));
                if (out.size() == 20) {
                    break;
                }
            }
        }
        return out;
    }
}
