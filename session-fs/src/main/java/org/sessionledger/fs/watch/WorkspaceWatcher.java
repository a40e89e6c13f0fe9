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
import java.util.LinkedHashSet;
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
 * appear. When events were lost (overflow, or too many directories to watch), the batch asks for a full rescan.
 */
public final class WorkspaceWatcher implements Closeable {

    private static final Logger LOG = Logger.getLogger(WorkspaceWatcher.class);

    /** A batch of changes. */
    public record Changes(Set<Path> paths, boolean rescanAll) {}

    private final Path root;
    private final Duration debounce;
    private final Duration maxDelay;
    private final Consumer<Changes> listener;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;
    private final Thread deliverer;
    private volatile boolean overflowed;
    /** Changes collected but not yet handed over; the listener gets them merged, in order, on its own thread. */
    private final Object pendingLock = new Object();

    private Set<Path> pending = new LinkedHashSet<>();
    private boolean pendingRescan;

    public WorkspaceWatcher(Path root, Duration debounce, Consumer<Changes> listener) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.maxDelay = debounce.multipliedBy(10);
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.root, new LinkedHashSet<>());
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
                WatchKey first = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                handle(first, changed);
                long deadline = System.nanoTime() + maxDelay.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(next, changed);
                }
                boolean rescan = overflowed;
                overflowed = false;
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
                deliver(batch);
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
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root)
                            && SessionLayout.isPruned(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    keys.put(
                            dir.register(
                                    service,
                                    StandardWatchEventKinds.ENTRY_CREATE,
                                    StandardWatchEventKinds.ENTRY_MODIFY,
                                    StandardWatchEventKinds.ENTRY_DELETE),
                            dir);
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
        } catch (IOException e) {
            LOG.warnf(
                    "Cannot watch every folder under %s (%s); changes there are found by rescans",
                    start, e.getMessage());
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
