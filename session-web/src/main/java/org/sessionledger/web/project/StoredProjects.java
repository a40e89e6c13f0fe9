package org.sessionledger.web.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.project.ProjectRef;
import org.sessionledger.domain.project.ProjectSource;
import org.sessionledger.index.db.ProjectRows;

/** Projects added by admins, in PostgreSQL, their secrets sealed by the server's key. */
final class StoredProjects {

    private final ProjectRows rows;
    private final SecretBox box;

    StoredProjects(ProjectRows rows, SecretBox box) {
        this.rows = rows;
        this.box = box;
    }

    List<ProjectSpec> all() {
        return rows.all().stream().map(this::spec).toList();
    }

    void save(ProjectSpec spec) {
        Project p = spec.project();
        String hook = spec.hookSecret().map(box::seal).orElse(null);
        ProjectRows.Row row = switch (p.source()) {
            case ProjectSource.Folder f ->
                new ProjectRows.Row(
                        p.name(),
                        p.title(),
                        "folder",
                        f.root().toString(),
                        null,
                        null,
                        null,
                        null,
                        p.readOnly(),
                        null,
                        hook);
            case ProjectSource.Git g ->
                new ProjectRows.Row(
                        p.name(),
                        p.title(),
                        "git",
                        null,
                        g.url(),
                        g.branch(),
                        g.depth(),
                        g.fetchInterval().toMillis(),
                        p.readOnly(),
                        box.seal(credentials(g.credentials())),
                        hook);
        };
        rows.save(row);
    }

    boolean delete(String name) {
        return rows.delete(name);
    }

    private ProjectSpec spec(ProjectRows.Row r) {
        ProjectSource source = r.kind().equals("git")
                ? new ProjectSource.Git(
                        r.gitUrl(),
                        r.branch(),
                        r.depth() == null ? ProjectSource.Git.DEFAULT_DEPTH : r.depth(),
                        r.fetchIntervalMillis() == null ? null : Duration.ofMillis(r.fetchIntervalMillis()),
                        credentials(box.open(r.credentials())))
                : new ProjectSource.Folder(Path.of(r.path()));
        return new ProjectSpec(
                new Project(new ProjectRef(r.name()), r.title(), source, r.readOnly()),
                Optional.ofNullable(box.open(r.hookSecret())),
                ProjectSpec.STORED);
    }

    private static String credentials(GitCredentials c) {
        return switch (c) {
            case GitCredentials.None n -> "none";
            case GitCredentials.Token t -> "token\n" + t.user() + "\n" + t.token();
            case GitCredentials.SshKey k -> "ssh\n" + k.keyFile();
        };
    }

    private static GitCredentials credentials(String text) {
        if (text == null) {
            return new GitCredentials.None();
        }
        String[] parts = text.split("\n", 3);
        return switch (parts[0]) {
            case "token" -> new GitCredentials.Token(parts[1], parts[2]);
            case "ssh" -> new GitCredentials.SshKey(Path.of(parts[1]));
            default -> new GitCredentials.None();
        };
    }
}
