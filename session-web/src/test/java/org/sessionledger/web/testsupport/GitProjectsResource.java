package org.sessionledger.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitDaemon;
import org.sessionledger.testkit.GitHttpServer;
import org.sessionledger.testkit.GitRepos;

/**
 * The fixture workspace as the default project plus, beside it, projects fed by real git: {@code team} (a bare
 * repository over file://, with a webhook secret), {@code daemon} (git daemon on loopback, fetched every second),
 * {@code rewritten} (for a force-push), {@code readonly}, {@code private} (smart HTTP refusing the token given),
 * {@code broken} (nothing listens there) and {@code copy} (a second folder holding the same session ids).
 */
public class GitProjectsResource extends FixtureWorkspaceResource {

    public static final String SECRET = "a-webhook-secret-of-the-team";

    /** The team's remote, and the folder of remotes. */
    public static volatile Path teamRemote;

    public static volatile Path rewrittenRemote;
    public static volatile Path daemonRemote;

    private GitDaemon daemon;
    private GitHttpServer http;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            Path dir = workspace.getParent();
            Path content = dir.resolve("content");
            ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), content);
            Path remotes = Files.createDirectories(dir.resolve("remotes"));
            teamRemote = GitRepos.bareWith(content, remotes.resolve("team.git"));
            rewrittenRemote = GitRepos.bareWith(content, remotes.resolve("rewritten.git"));
            daemonRemote = GitRepos.bareWith(content, remotes.resolve("daemon.git"));
            Path copy = dir.resolve("copy");
            ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), copy);
            daemon = GitDaemon.serve(remotes);
            http = GitHttpServer.serve(remotes, "ci", "the-right-token");
            git(config, "team", teamRemote.toUri().toString());
            config.put("sessions.projects.team.hook-secret", SECRET);
            config.put("sessions.projects.team.title", "The team's repository");
            git(config, "rewritten", rewrittenRemote.toUri().toString());
            config.put("sessions.projects.rewritten.hook-secret", SECRET);
            git(config, "daemon", daemon.url("daemon.git"));
            config.put("sessions.projects.daemon.fetch-interval", "1s");
            git(config, "readonly", teamRemote.toUri().toString());
            config.put("sessions.projects.readonly.read-only", "true");
            git(config, "private", http.url("team.git"));
            config.put("sessions.projects.private.username", "ci");
            config.put("sessions.projects.private.token", "a-wrong-token");
            git(config, "broken", "git://127.0.0.1:1/nothing.git");
            config.put("sessions.projects.copy.path", copy.toString());
            config.put("sessions.projects.copy.public-read", "true");
            config.put("sessions.git.authors.editor", "Eddie Editor <eddie@example.org>");
            config.put("sessions.git.committer", "Ledger Server <ledger@example.org>");
            config.put("sessions.git.timeout", "10s");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void git(Map<String, String> config, String name, String url) {
        config.put("sessions.projects." + name + ".git-url", url);
        config.put("sessions.projects." + name + ".depth", "20");
        config.put("sessions.projects." + name + ".public-read", "true");
    }

    @Override
    public void stop() {
        if (daemon != null) {
            daemon.close();
        }
        if (http != null) {
            http.close();
        }
        super.stop();
    }
}
