package org.sessionledger.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * The command line for people and agents: works on the files directly (no server needed), with the same writer, locks
 * and lifecycle rules as the app; or, with {@code --server URL --token T}, through a server's API as the token's
 * user. Unknown options are errors; {@code --help} works for every command. Exit status: 0 done, 1 refused or problems
 * found, 2 wrong usage.
 */
@Command(
        name = "session",
        mixinStandardHelpOptions = true,
        description = "Start, log, pause, resume, complete, hand off and list sessions; validate a workspace, list"
                + " its credentials, verify an audit pack.",
        footer = "Local writes are recorded in the audit table of the configured database (QUARKUS_DATASOURCE_JDBC_URL)"
                + " or of the app's running embedded one; the session log always records them.",
        subcommands = CommandLine.HelpCommand.class)
public final class SessionCli {

    @Option(
            names = "--workspace",
            scope = ScopeType.INHERIT,
            description = "the workspace (default: $SESSIONS_FS_ROOT or .)")
    Path workspace;

    @Option(
            names = "--as",
            scope = ScopeType.INHERIT,
            description = "the acting user of local writes (default: the OS user)")
    String actor;

    @Option(names = "--server", scope = ScopeType.INHERIT, description = "act through this server's API (with --token)")
    String server;

    @Option(names = "--token", scope = ScopeType.INHERIT, description = "a personal access token for --server")
    String token;

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
        CommandLine cli = new CommandLine(this);
        cli.addSubcommand("start", new Start());
        cli.addSubcommand("log", new Log());
        for (String change : List.of("pause", "resume", "complete", "error")) {
            cli.addSubcommand(change, new Change(change));
        }
        cli.addSubcommand("handoff", new Handoff());
        cli.addSubcommand("list", new ListCommand());
        cli.addSubcommand("doctor", new Doctor());
        cli.addSubcommand("secrets", new Secrets());
        cli.addSubcommand("verify", new Verify());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            e.getCommandLine().usage(err);
            return 2;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println((e instanceof DomainException ? "refused: " : "failed: ") + e.getMessage());
            return 1;
        });
        if (args.isEmpty()) {
            cli.usage(err);
            return 2;
        }
        return cli.execute(args.toArray(String[]::new));
    }

    private FsSettings settings() {
        return FsSettings.of(
                workspace != null
                        ? workspace
                        : Path.of(Optional.ofNullable(System.getenv("SESSIONS_FS_ROOT"))
                                .orElse(".")));
    }

    private String actor() {
        return actor != null ? actor : System.getProperty("user.name", "unknown");
    }

    /** The server's API when {@code --server} is given (it needs {@code --token}). */
    private Optional<RemoteLedger> remote() {
        if (server == null) {
            return Optional.empty();
        }
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--server needs --token");
        }
        return Optional.of(new RemoteLedger(server, token));
    }

    private Path dir(FsSettings settings, String id) {
        WorkspaceScan scan = new WorkspaceScanner(settings).scan();
        return scan.session(id)
                .map(s -> settings.root().resolve(s.directory()))
                .orElseThrow(() -> new org.sessionledger.domain.error.NotFoundException("session", id));
    }

    private int report(WriteResult result, FsSettings settings, String action, String detail) {
        out.println(result.sessionId() + " " + result.afterHash());
        audit.record(result, settings.root(), actor(), action, detail).ifPresent(why -> err.println("note: " + why));
        return 0;
    }

    private int reportRemote(JsonNode written) {
        out.println(
                written.path("sessionId").asText() + " " + written.path("hash").asText());
        return 0;
    }

    private static Map<String, String> body(String... pairs) {
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put(pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a session.")
    final class Start implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GOAL")
        String goal;

        @Option(names = "--coordinator", description = "the coordinating mode")
        String coordinator;

        @Override
        public Integer call() throws IOException {
            Optional<RemoteLedger> api = remote();
            if (api.isPresent()) {
                return reportRemote(api.get().post("/api/sessions", body("goal", goal, "coordinator", coordinator)));
            }
            FsSettings s = settings();
            return report(new SessionWriter(s).initiate(goal, coordinator, actor(), Instant.now()), s, "start", goal);
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true, description = "Append a log entry.")
    final class Log implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() throws IOException {
            Optional<RemoteLedger> api = remote();
            if (api.isPresent()) {
                return reportRemote(api.get().post("/api/sessions/" + id + "/entries", body("text", text)));
            }
            FsSettings s = settings();
            WriteResult r =
                    new SessionWriter(s).appendEntry(dir(s, id), actor(), text, Optional.empty(), Instant.now());
            return report(r, s, "log", text);
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Change a session's status.")
    final class Change implements Callable<Integer> {
        private final String command;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--reason", description = "why")
        String reason;

        Change(String command) {
            this.command = command;
        }

        @Override
        public Integer call() throws IOException {
            Optional<RemoteLedger> api = remote();
            if (api.isPresent()) {
                return reportRemote(api.get().post("/api/sessions/" + id + "/" + command, body("reason", reason)));
            }
            FsSettings s = settings();
            Transition t = switch (command) {
                case "pause" -> Transition.PAUSE;
                case "resume" -> Transition.RESUME;
                case "complete" -> Transition.COMPLETE;
                default -> Transition.ERROR;
            };
            WriteResult r =
                    new SessionWriter(s).transition(dir(s, id), t, actor(), reason, Optional.empty(), Instant.now());
            return report(r, s, command, reason);
        }
    }

    @Command(name = "handoff", mixinStandardHelpOptions = true, description = "Hand a session off to another user.")
    final class Handoff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--to", required = true, description = "the new owner")
        String to;

        @Option(names = "--note", description = "a note for them")
        String note;

        @Override
        public Integer call() throws IOException {
            Optional<RemoteLedger> api = remote();
            if (api.isPresent()) {
                return reportRemote(api.get().post("/api/sessions/" + id + "/handoff", body("to", to, "note", note)));
            }
            FsSettings s = settings();
            WriteResult r = new HandoffWriter(new SessionWriter(s))
                    .handoff(dir(s, id), actor(), to, note, Optional.empty(), Instant.now());
            return report(r, s, "handoff", "to " + to + (note == null ? "" : ": " + note));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sessions.")
    final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            Optional<RemoteLedger> api = remote();
            if (api.isPresent()) {
                int pages = 1;
                for (int page = 1; page <= pages; page++) {
                    JsonNode listed = api.get().get("/api/sessions?size=200&page=" + page);
                    pages = listed.path("pages").asInt(1);
                    for (JsonNode row : listed.path("rows")) {
                        out.printf(
                                "%-14s %-20s %s  %s%n",
                                row.path("statusLabel")
                                        .asText(row.path("status").asText("?")),
                                row.path("start").asText(),
                                row.path("id").asText(),
                                row.path("title").asText());
                    }
                }
                return 0;
            }
            for (Session s : new WorkspaceScanner(settings()).scan().sessions()) {
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
    }

    @Command(
            name = "doctor",
            mixinStandardHelpOptions = true,
            description = "Validate the workspace; exit 1 on problems.")
    final class Doctor implements Callable<Integer> {
        @Override
        public Integer call() {
            WorkspaceScan scan = new WorkspaceScanner(settings()).scan();
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
    }

    @Command(
            name = "secrets",
            mixinStandardHelpOptions = true,
            description = "List the credentials in the session and task files (never their value); exit 1 if any.")
    final class Secrets implements Callable<Integer> {
        @Override
        public Integer call() {
            return new SecretsCommand(out).run(settings());
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check an audit pack's signature and files (the key from --key, --server or the pack).")
    final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PACK")
        Path pack;

        @Option(names = "--key", description = "the public key, a PEM file")
        String key;

        @Override
        public Integer call() {
            return new VerifyCommand(out, err).run(pack, key, server);
        }
    }
}
