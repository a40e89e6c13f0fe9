package org.sessionledger.web.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * The server process recorded in a data directory's {@code postmaster.pid}: whether it runs, whether it is ours, and
 * how a start gets rid of one that a killed app left behind.
 */
final class Postmaster {

    private static final Logger LOG = Logger.getLogger(Postmaster.class);
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private Postmaster() {}

    /** The pid of the server that wrote the data directory's pid file, if there is one. */
    static OptionalLong pid(Path dataDirectory) {
        return line(dataDirectory, 0)
                .filter(s -> s.matches("-?\\d+"))
                .map(s -> OptionalLong.of(Math.abs(Long.parseLong(s))))
                .orElse(OptionalLong.empty());
    }

    /** The TCP port in the data directory's pid file, if there is one. */
    static Optional<Integer> port(Path dataDirectory) {
        return line(dataDirectory, 3).filter(s -> s.matches("\\d+")).map(Integer::valueOf);
    }

    /** Whether a process runs under {@code pid}: alive and not a zombie waiting to be reaped. */
    static boolean running(long pid) {
        if (pid <= 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat, StandardCharsets.ISO_8859_1);
            // "pid (name) state ...": the name may hold spaces and parentheses, the state follows the last ')'
            return !text.substring(text.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true; // no /proc (not Linux): the JDK's answer stands
        }
    }

    /**
     * Makes the data directory startable after an app was killed: a server still running on it from that app (its
     * command line names this data directory) is stopped; a pid file whose pid now belongs to another process, or to a
     * zombie, is removed. A pid file of a process that is gone is left to PostgreSQL, which replaces it after checking
     * that no process of the old server still holds its shared memory.
     */
    static void clearLeftovers(Path dataDirectory) throws IOException {
        OptionalLong recorded = pid(dataDirectory);
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (recorded.isEmpty()) {
            if (Files.exists(pidFile)) {
                LOG.warnf("Removing %s: it names no process (a start cut short)", pidFile);
                Files.deleteIfExists(pidFile);
            }
            return;
        }
        long pid = recorded.getAsLong();
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        if (running(pid) && servesDirectory(pid, dataDirectory)) {
            LOG.warnf(
                    "Stopping the embedded PostgreSQL (pid %d) that a previous run left running on %s",
                    pid, dataDirectory);
            stop(pid);
        } else {
            LOG.warnf("Removing the stale %s: its pid %d now belongs to another process", pidFile, pid);
            Files.deleteIfExists(pidFile);
        }
    }

    /** Whether the process's command line names {@code dataDirectory} (as {@code -D <dir>}). */
    static boolean servesDirectory(long pid, Path dataDirectory) {
        List<String> arguments = commandLine(pid);
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).equals("-D") && sameDirectory(arguments.get(i + 1), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return Arrays.asList(
                        Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
            }
        } catch (IOException e) {
            // the process is gone, or /proc does not tell: ask the JDK
        }
        return ProcessHandle.of(pid)
                .flatMap(p -> p.info().arguments())
                .map(Arrays::asList)
                .orElse(List.of());
    }

    private static boolean sameDirectory(String named, Path dataDirectory) {
        try {
            return Path.of(named).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return Path.of(named)
                    .toAbsolutePath()
                    .normalize()
                    .equals(dataDirectory.toAbsolutePath().normalize());
        }
    }

    /** Waits until the process has exited (or the time is up); true if it has. */
    static boolean awaitExit(long pid, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !running(pid);
            }
        }
        return true;
    }

    /** A fast shutdown (SIGINT: open transactions are rolled back, then a checkpoint); waits for the exit. */
    private static void stop(long pid) throws IOException {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (kill.waitFor() != 0) {
                process.destroy(); // SIGTERM: a smart shutdown, which the clients of a killed app no longer hold up
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL (pid " + pid + ")", e);
        }
        if (!awaitExit(pid, STOP_WAIT)) {
            throw new IOException("The embedded PostgreSQL left running by a previous run (pid " + pid
                    + ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it and start again");
        }
        LOG.infof("The leftover PostgreSQL (pid %d) has stopped", pid);
    }

    private static Optional<String> line(Path dataDirectory, int index) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE), StandardCharsets.UTF_8);
            return index < lines.size() ? Optional.of(lines.get(index).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
