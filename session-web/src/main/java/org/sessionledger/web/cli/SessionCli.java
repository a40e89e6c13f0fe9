package org.sessionledger.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.diagnostic.Severity;
import org.sessionledger.domain.error.DomainException;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.fs.write.HandoffWriter;
import org.sessionledger.fs.write.SessionWriter;
import org.sessionledger.fs.write.WriteResult;

/**
 * The command line for people and agents: works on the files directly (no server needed), with the same writer,
 * locks and lifecycle rules as the app.
 */
public final class SessionCli {

    static final String USAGE = """
            usage: session <command> [options]
              start "<goal>" [--coordinator <mode>]     start a session
              log <id> "<text>"                          append a log entry
              pause|resume|complete|error <id> [--reason "<why>"]
              handoff <id> --to <user> [--note "<text>"]
              list                                       list sessions
              doctor                                     validate the workspace, print diagnostics
              verify <pack.zip> [--key <file> | --server <url>]
                                                         check an audit pack's signature and files
            options: --workspace <dir> (default: $SESSIONS_FS_ROOT or the current directory)
                     --as <user>       (default: the OS user)
            Writes are recorded in the audit table of the configured database (QUARKUS_DATASOURCE_JDBC_URL) or of the
            app's running embedded one; the session log always records them.""";

    private final PrintStream out;
    private final PrintStream err;
    private final CliAudit audit;

    public SessionCli(PrintStream out, PrintStream err, Path dataDir) {
        this.out = out;
        this.err = err;
        this.audit = new CliAudit(dataDir);
    }

    /** Runs one command; returns the process exit code (0 ok, 1 problems found or refused, 2 usage). */
    public int run(List<String> args) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path root = Path.of(options.getOrDefault(
                "workspace",
                Optional.ofNullable(System.getenv("SESSIONS_FS_ROOT")).orElse(".")));
        String actor = options.getOrDefault("as", System.getProperty("user.name", "unknown"));
        FsSettings settings = FsSettings.of(root);
        try {
            return command(words, options, settings, actor);
        } catch (DomainException e) {
            err.println("refused: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("failed: " + e.getMessage());
            return 1;
        }
    }

    private int command(List<String> words, Map<String, String> options, FsSettings settings, String actor)
            throws IOException {
        SessionWriter writer = new SessionWriter(settings);
        Instant now = Instant.now();
        String command = words.get(0);
        Optional<String> expected = Optional.empty();
        switch (command) {
            case "start" -> {
                if (!need(words, 2)) {
                    return usage();
                }
                return report(
                        writer.initiate(words.get(1), options.get("coordinator"), actor, now),
                        settings,
                        actor,
                        command,
                        words.get(1));
            }
            case "log" -> {
                if (!need(words, 3)) {
                    return usage();
                }
                WriteResult r = writer.appendEntry(dir(settings, words.get(1)), actor, words.get(2), expected, now);
                return report(r, settings, actor, command, words.get(2));
            }
            case "pause", "resume", "complete", "error" -> {
                if (!need(words, 2)) {
                    return usage();
                }
                String reason = options.get("reason");
                WriteResult r = writer.transition(
                        dir(settings, words.get(1)), transition(command), actor, reason, expected, now);
                return report(r, settings, actor, command, reason);
            }
            case "handoff" -> {
                if (!need(words, 2) || !options.containsKey("to")) {
                    return usage();
                }
                String to = options.get("to");
                String note = options.get("note");
                WriteResult r =
                        new HandoffWriter(writer).handoff(dir(settings, words.get(1)), actor, to, note, expected, now);
                return report(r, settings, actor, command, "to " + to + (note == null ? "" : ": " + note));
            }
            case "list" -> {
                return list(new WorkspaceScanner(settings).scan());
            }
            case "doctor" -> {
                return doctor(new WorkspaceScanner(settings).scan());
            }
            case "verify" -> {
                return need(words, 2)
                        ? new VerifyCommand(out, err)
                                .run(Path.of(words.get(1)), options.get("key"), options.get("server"))
                        : usage();
            }
            default -> {
                return usage();
            }
        }
    }

    private static Transition transition(String command) {
        return switch (command) {
            case "pause" -> Transition.PAUSE;
            case "resume" -> Transition.RESUME;
            case "complete" -> Transition.COMPLETE;
            default -> Transition.ERROR;
        };
    }

    private static Path dir(FsSettings settings, String id) {
        WorkspaceScan scan = new WorkspaceScanner(settings).scan();
        return scan.session(id)
                .map(s -> settings.root().resolve(s.directory()))
                .orElseThrow(() -> new org.sessionledger.domain.error.NotFoundException("session", id));
    }

    private int report(WriteResult result, FsSettings settings, String actor, String action, String detail) {
        out.println(result.sessionId() + " " + result.afterHash());
        audit.record(result, settings.root(), actor, action, detail).ifPresent(why -> err.println("note: " + why));
        return 0;
    }

    private int list(WorkspaceScan scan) {
        for (Session s : scan.sessions()) {
            out.printf(
                    "%-14s %-20s %-20s %s  %s%n",
                    s.status().map(st -> st.word()).orElse("?"),
                    s.start().text(),
                    s.end().text(),
                    s.id().value(),
                    s.title());
        }
        return 0;
    }

    private int doctor(WorkspaceScan scan) {
        scan.diagnostics().forEach(d -> out.println(d.format()));
        long errors = scan.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .count();
        long warnings = scan.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .count();
        out.printf(
                "%d sessions, %d tasks: %d errors, %d warnings, %d notes%n",
                scan.sessions().size(),
                scan.tasks().size(),
                errors,
                warnings,
                scan.diagnostics().size() - errors - warnings);
        return errors + warnings == 0 ? 0 : 1;
    }

    private static boolean need(List<String> words, int count) {
        return words.size() >= count;
    }

    private int usage() {
        err.println(USAGE);
        return 2;
    }
}
