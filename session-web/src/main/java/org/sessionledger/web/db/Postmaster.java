package org.sessionledger.web.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The server process recorded in a data directory's {@code postmaster.pid}: where it listens, whether it runs. */
final class Postmaster {

    private static final String PID_FILE = "postmaster.pid";

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

    private static Optional<String> line(Path dataDirectory, int index) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE), StandardCharsets.UTF_8);
            return index < lines.size() ? Optional.of(lines.get(index).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
