package org.sessionledger.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real git repositories for tests, made and changed with Debian's {@code git}: a bare repository standing for the team's
 * remote, and clones of it standing for other machines that commit and push.
 */
public final class GitRepos {

    private GitRepos() {}

    /** Whether a {@code git} command is on the path (tests that need one are skipped without it). */
    public static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A bare repository at {@code bare} whose branch {@code main} holds the files of {@code content} in one commit,
     * plus a commit of other files before it.
     */
    public static Path bareWith(Path content, Path bare) {
        Path seed = bare.resolveSibling(bare.getFileName() + "-seed");
        try {
            Files.createDirectories(bare.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(bare.getParent(), "init", "-q", "--bare", "-b", "main", bare.toString());
        git(bare.getParent(), "init", "-q", "-b", "main", seed.toString());
        write(seed.resolve("src/Main.java"), "class Main {}\n");
        write(seed.resolve("README.md"), "# A project\n");
        commitAll(seed, "Initial code", "Ada Lovelace", "ada@example.org");
        copyTree(content, seed);
        commitAll(seed, "Add the sessions", "Ada Lovelace", "ada@example.org");
        git(seed, "remote", "add", "origin", bare.toUri().toString());
        git(seed, "push", "-q", "origin", "main");
        return bare;
    }

    /** A clone of {@code remote} at {@code dir}: another machine. */
    public static Path cloneOf(String remote, Path dir) {
        git(dir.getParent(), "clone", "-q", "-b", "main", remote, dir.toString());
        return dir;
    }

    public static void commitAll(Path repo, String message, String name, String email) {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=" + name, "-c", "user.email=" + email, "commit", "-q", "-m", message);
    }

    /** Runs git in {@code dir}; its standard output, or a failure with what it said. */
    public static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(
                        "git " + String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
