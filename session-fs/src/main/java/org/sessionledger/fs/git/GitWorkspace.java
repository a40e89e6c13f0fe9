package org.sessionledger.fs.git;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.jboss.logging.Logger;

/**
 * A git project on the server: a bare clone ({@code <dir>/repo.git}, shallow by default) and a work tree
 * ({@code <dir>/work}) holding only its session and task files, checked out from the object database with a
 * {@link SessionPathFilter}. The commit the work tree holds is the ref {@value #WORK_REF}. Fetching, checking out and
 * writing ({@link GitPublisher}) hold one lock, so the work tree only ever moves from one commit to the next.
 */
public final class GitWorkspace implements Closeable {

    private static final Logger LOG = Logger.getLogger(GitWorkspace.class);

    /** The commit the work tree holds. */
    public static final String WORK_REF = "refs/ledger/work";

    private final GitRemote remote;
    private final Repository repository;
    private final WorkTree work;
    private final SessionPathFilter filter;
    private final ReentrantLock lock = new ReentrantLock();

    private GitWorkspace(GitRemote remote, Repository repository, WorkTree work, SessionPathFilter filter) {
        this.remote = remote;
        this.repository = repository;
        this.work = work;
        this.filter = filter;
    }

    /** Opens the clone in {@code dir}, creating an empty bare repository the first time (nothing is fetched yet). */
    public static GitWorkspace open(Path dir, GitRemote remote, SessionPathFilter filter) throws IOException {
        Path gitDir = dir.resolve("repo.git");
        if (!Files.isDirectory(gitDir)) {
            try {
                Git.init()
                        .setBare(true)
                        .setDirectory(gitDir.toFile())
                        .setInitialBranch(remote.source().branch())
                        .call()
                        .close();
            } catch (GitAPIException e) {
                throw new IOException("Cannot create the clone: " + e.getMessage(), e);
            }
        }
        Repository repository = new FileRepositoryBuilder()
                .setGitDir(gitDir.toFile())
                .setMustExist(true)
                .build();
        repository.getConfig().setBoolean("gc", null, "auto", false);
        return new GitWorkspace(remote, repository, new WorkTree(dir.resolve("work")), filter);
    }

    /** The folder the reader reads and the writers write. */
    public Path workRoot() {
        return work.root();
    }

    public GitRemote remote() {
        return remote;
    }

    Repository repository() {
        return repository;
    }

    WorkTree work() {
        return work;
    }

    SessionPathFilter filter() {
        return filter;
    }

    ReentrantLock lock() {
        return lock;
    }

    /** The commit the work tree holds, once something was fetched. */
    public Optional<ObjectId> head() throws IOException {
        return Optional.ofNullable(repository.resolve(WORK_REF));
    }

    /**
     * Fetches the branch and brings the work tree to it: only the files that differ, or every file after the first
     * clone or when the remote's history no longer contains the commit the work tree held (a force-push).
     *
     * @throws IOException when the remote cannot be reached, refuses the credentials, or has no such branch
     */
    public GitSyncResult update() throws IOException {
        lock.lock();
        try {
            fetch();
            return checkout(tracking());
        } finally {
            lock.unlock();
        }
    }

    /** Fetches the branch into its tracking ref (forced locally: the remote may have been rewritten). */
    void fetch() throws IOException {
        try (Git git = Git.wrap(repository)) {
            FetchCommand fetch = git.fetch()
                    .setRemote(remote.source().url())
                    .setRefSpecs(new RefSpec("+" + remote.branchRef() + ":" + remote.trackingRef()));
            if (remote.source().depth() > 0) {
                fetch.setDepth(remote.source().depth());
            }
            remote.configure(fetch).call();
        } catch (TransportException e) {
            throw new IOException("Cannot fetch " + remote.source().safeUrl() + ": " + e.getMessage(), e);
        } catch (GitAPIException e) {
            throw new IOException("Fetch failed: " + e.getMessage(), e);
        }
    }

    /** The fetched head of the remote branch. */
    ObjectId tracking() throws IOException {
        ObjectId id = repository.resolve(remote.trackingRef());
        if (id == null) {
            throw new IOException("The remote has no branch '" + remote.source().branch() + "'.");
        }
        return id;
    }

    /** Brings the work tree from the commit it holds to {@code target} (the caller holds the lock). */
    GitSyncResult checkout(ObjectId target) throws IOException {
        Optional<ObjectId> from = head();
        if (from.isPresent() && from.get().equals(target)) {
            return new GitSyncResult(from.get().name(), target.name(), java.util.Set.of(), false, List.of());
        }
        try (ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit to = walk.parseCommit(target);
            Checkout checkout = new Checkout(reader, filter, work);
            boolean full = from.isEmpty() || !descends(walk, from.get(), to);
            Checkout.Result result = full
                    ? checkout.full(to.getTree())
                    : checkout.between(walk.parseCommit(from.get()).getTree(), to.getTree());
            moveWorkRef(target);
            if (!result.kept().isEmpty()) {
                LOG.warnf(
                        "%d files in %s hold bytes no commit holds and were left as they are: %s",
                        result.kept().size(), work.root(), result.kept());
            }
            return new GitSyncResult(
                    from.map(ObjectId::name).orElse(""), target.name(), result.changed(), full, result.kept());
        }
    }

    /** Whether {@code to} has {@code from} in its history (false when {@code from} is gone or was rewritten). */
    private static boolean descends(RevWalk walk, ObjectId from, RevCommit to) throws IOException {
        try {
            RevCommit old = walk.parseCommit(from);
            return walk.isMergedInto(old, to);
        } catch (org.eclipse.jgit.errors.MissingObjectException e) {
            return false;
        } finally {
            walk.reset();
        }
    }

    void moveWorkRef(ObjectId target) throws IOException {
        RefUpdate update = repository.updateRef(WORK_REF);
        update.setNewObjectId(target);
        update.setForceUpdate(true); // a local ref: it follows the remote wherever it went
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.LOCK_FAILURE
                || result == RefUpdate.Result.IO_FAILURE
                || result == RefUpdate.Result.REJECTED) {
            throw new IOException("Cannot move " + WORK_REF + ": " + result);
        }
    }

    /** Reading of history, blobs and provenance. */
    public GitHistory history() {
        return new GitHistory(repository, filter);
    }

    @Override
    public void close() {
        repository.close();
    }
}
