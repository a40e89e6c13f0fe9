package org.sessionledger.fs.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sessionledger.fs.FsSettings;

/** A second process that appends entries and acknowledges each one on stdout once it is written. */
public final class WriterProcess {

    private WriterProcess() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String actor = args[1];
        int count = Integer.parseInt(args[2]);
        SessionWriter writer = new SessionWriter(
                FsSettings.of(dir.getParent().getParent().getParent().getParent()));
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            String text = "process write " + i;
            writer.appendEntry(dir, actor, text, Optional.empty(), Instant.now());
            out.println("ok " + text);
        }
    }

    static Process start(Path dir, String actor, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        WriterProcess.class.getName(),
                        dir.toString(),
                        actor,
                        Integer.toString(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    static List<String> acknowledged(Process process) throws IOException {
        List<String> acks = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acks.add(ack(line));
            }
        }
        return acks;
    }

    static String ack(String line) {
        if (line == null || !line.startsWith("ok ")) {
            throw new IllegalStateException("the writer process stopped early: " + line);
        }
        return line.substring(3);
    }
}
