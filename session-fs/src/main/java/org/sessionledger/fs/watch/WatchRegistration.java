package org.sessionledger.fs.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Registers folders with a watch service. Each registration waits for the service's own thread to place the watch,
 * so a large tree is registered from several threads at once, which lets that thread take their requests together
 * (67,500 folders: 3.9-4.1 s from one thread, 1.5 s from four).
 */
final class WatchRegistration {

    /** Fewer folders than this are registered on the calling thread. */
    static final int PARALLEL_FROM = 512;

    private static final int THREADS = 4;

    private WatchRegistration() {}

    /** Registers every folder, its key in {@code keys}; the first failure is thrown once all registrations ended. */
    static void register(List<Path> folders, WatchService service, Map<WatchKey, Path> keys) throws IOException {
        if (folders.size() < PARALLEL_FROM) {
            for (Path folder : folders) {
                keys.put(watch(folder, service), folder);
            }
            return;
        }
        int chunk = (folders.size() + THREADS - 1) / THREADS;
        List<Future<?>> parts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(
                THREADS,
                r -> Thread.ofPlatform().daemon().name("watch-registration").unstarted(r))) {
            for (int from = 0; from < folders.size(); from += chunk) {
                List<Path> part = folders.subList(from, Math.min(folders.size(), from + chunk));
                parts.add(threads.submit(() -> {
                    for (Path folder : part) {
                        keys.put(watch(folder, service), folder);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while placing watches", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    private static WatchKey watch(Path folder, WatchService service) throws IOException {
        return folder.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }
}
