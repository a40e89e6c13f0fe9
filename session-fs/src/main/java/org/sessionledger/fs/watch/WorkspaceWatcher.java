package org.sessionledger.fs.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.sessionledger.fs.layout.SessionLayout;

/**
 * Watches a workspace for changes and reports them in debounced batches: once no event arrived for the debounce
 * period (or the maximum delay passed), the changed paths go to the listener. New directories are watched as they
 * appear. When events were lost (overflow), the batch asks for a full rescan. When some directories cannot be
 * watched (the system's limit on watches, {@code fs.inotify.max_user_watches} on Linux), changes there raise no event:
 * the watcher then asks for a full rescan periodically ({@link RescanPolicy}). The batching is {@link Debouncer}'s.
 */
public final class WorkspaceWatcher implements Closeable {

    private static final Logger LOG = Logger.getLogger(WorkspaceWatcher.class);

    /** A batch of changes. */
    public record Changes(Set<Path> paths, boolean rescanAll) {}

    private final Path root;
    private final Debouncer debouncer;
    private final RescanPolicy rescans;
    private final Consumer<Changes> listener;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final int maxWatches;
    /** Whether some directory could not be watched: from then on rescans are periodic. */
    private volatile boolean incomplete;

    private final Thread thread;
    private final Thread deliverer;
    private volatile boolean overflowed;
    /** Changes collected but not yet handed over; the listener gets them merged, in order, on its own thread. */
    private final Object pendingLock = new Object();

    private Set<Path> pending = new LinkedHashSet<>();
    private boolean pendingRescan;

    public WorkspaceWatcher(Path root, Duration debounce, Duration rescanEvery, Consumer<Changes> listener)
            throws IOException {
        this(root, Debouncer.of(debounce), new RescanPolicy(rescanEvery, System::nanoTime), listener);
    }

    /** With the debounce and rescan policies given (their clock must be {@link System#nanoTime()}'s). */
    public WorkspaceWatcher(Path root, Debouncer debouncer, RescanPolicy rescans, Consumer<Changes> listener)
            throws IOException {
        this(root, debouncer, rescans, Integer.MAX_VALUE, listener);
    }

    /** @param maxWatches how many directories to watch at most (the system may allow fewer) */
    WorkspaceWatcher(Path root, Duration debounce, Duration rescanEvery, int maxWatches, Consumer<Changes> listener)
            throws IOException {
        this(root, Debouncer.of(debounce), new RescanPolicy(rescanEvery, System::nanoTime), maxWatches, listener);
    }

    private WorkspaceWatcher(
            Path root, Debouncer debouncer, RescanPolicy rescans, int maxWatches, Consumer<Changes> listener)
            throws IOException {
        this.rescans = rescans;
        this.maxWatches = maxWatches;
        this.root = root.toAbsolutePath().normalize();
        this.debouncer = debouncer;
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        long started = System.nanoTime();
        registerTree(this.root, new LinkedHashSet<>());
        LOG.infof(
                "Watching %d folders under %s (placed in %d ms)",
                keys.size(), this.root, (System.nanoTime() - started) / 1_000_000);
        this.thread = Thread.ofPlatform().daemon().name("workspace-watcher").unstarted(this::loop);
        this.deliverer = Thread.ofPlatform().daemon().name("workspace-changes").unstarted(this::deliverLoop);
    }

    public WorkspaceWatcher start() {
        deliverer.start();
        thread.start();
        return this;
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                // with folders left unwatched, waiting for an event could take for ever: wait until the next rescan
                WatchKey first = incomplete ? service.poll(rescans.untilNext(), TimeUnit.NANOSECONDS) : service.take();
                Set<Path> changed = new LinkedHashSet<>();
                if (first != null) {
                    handle(first, changed);
                    debouncer.event();
                    while (!debouncer.due()) {
                        WatchKey next = service.poll(debouncer.untilDue(), TimeUnit.NANOSECONDS);
                        if (next != null) {
                            handle(next, changed);
                            debouncer.event();
                        }
                    }
                    debouncer.taken();
                }
                boolean rescan = overflowed || incomplete && rescans.untilNext() == 0;
                overflowed = false;
                if (rescan) {
                    rescans.asked();
                }
                if (!changed.isEmpty() || rescan) {
                    offer(changed, rescan);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a batch; watching goes on while the listener works, so the next quiet period starts at once. */
    private void offer(Set<Path> changed, boolean rescan) {
        synchronized (pendingLock) {
            pending.addAll(changed);
            pendingRescan |= rescan;
            pendingLock.notifyAll();
        }
    }

    private void deliverLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Changes batch;
                synchronized (pendingLock) {
                    while (pending.isEmpty() && !pendingRescan) {
                        pendingLock.wait();
                    }
                    batch = new Changes(Set.copyOf(pending), pendingRescan);
                    pending = new LinkedHashSet<>();
                    pendingRescan = false;
                }
                long started = System.nanoTime();
                deliver(batch);
                if (batch.rescanAll()) {
                    boolean askedAgain;
                    synchronized (pendingLock) {
                        askedAgain = pendingRescan; // another was asked for meanwhile
                    }
                    rescans.finished(started, askedAgain);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Changes changes) {
        try {
            listener.accept(changes);
        } catch (RuntimeException e) {
            LOG.error("A listener failed on a batch of file changes", e);
        }
    }

    private void handle(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflowed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, changed);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private void registerTree(Path start, Set<Path> changed) {
        try {
            List<Path> folders = new ArrayList<>();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)
                            && SessionLayout.isPruned(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!start.equals(root)) {
                        changed.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            int allowed = Math.max(0, maxWatches - keys.size());
            WatchRegistration.register(folders.subList(0, Math.min(allowed, folders.size())), service, keys);
            if (folders.size() > allowed) {
                throw new IOException("more than " + maxWatches + " folders");
            }
        } catch (IOException e) {
            if (!incomplete) {
                LOG.warnf(
                        "Cannot watch every folder under %s (%s, %d folders watched): changes in the others are found"
                                + " by a rescan every %s or more. On Linux, raising fs.inotify.max_user_watches lets"
                                + " every folder be watched.",
                        start, e.getMessage(), keys.size(), rescans.every());
            }
            incomplete = true;
            overflowed = true;
        }
    }

    /** How many directories are watched. */
    public int watchedDirectories() {
        return keys.size();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        deliverer.interrupt();
        service.close();
    }
}
