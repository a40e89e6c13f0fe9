package org.sessionledger.web.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.project.ProjectRef;
import org.sessionledger.domain.project.ProjectSource;

/**
 * A project as configured or stored: the project itself, the webhook secret, and where it came from ({@code config}:
 * application.properties, {@code folder}: {@code sessions.fs.root} or the demo, {@code stored}: added by an admin).
 */
public record ProjectSpec(Project project, Optional<String> hookSecret, String origin) {

    public static final String CONFIG = "config";
    public static final String FOLDER = "folder";
    public static final String STORED = "stored";

    public String name() {
        return project.name();
    }

    public boolean editable() {
        return origin.equals(STORED);
    }

    /** A project of application.properties. */
    static ProjectSpec of(String name, ProjectsConfig.Entry e) {
        ProjectRef ref = ProjectRef.parse(name)
                .orElseThrow(() -> new IllegalStateException(
                        "sessions.projects." + name + ": a project name is lower-case letters, digits and dashes"));
        ProjectSource source;
        if (e.gitUrl().isPresent()) {
            source = new ProjectSource.Git(
                    e.gitUrl().get(),
                    e.branch(),
                    e.depth().orElse(ProjectSource.Git.DEFAULT_DEPTH),
                    e.fetchInterval(),
                    credentials(e.username(), token(e), e.sshKeyFile()));
        } else if (e.path().isPresent()) {
            source = new ProjectSource.Folder(e.path().get());
        } else {
            throw new IllegalStateException("sessions.projects." + name + " needs a path or a git-url");
        }
        return new ProjectSpec(new Project(ref, e.title().orElse(null), source, e.readOnly()), e.hookSecret(), CONFIG);
    }

    private static Optional<String> token(ProjectsConfig.Entry e) {
        if (e.token().isPresent()) {
            return e.token();
        }
        return e.tokenFile().map(file -> {
            try {
                return java.nio.file.Files.readString(file).strip();
            } catch (java.io.IOException ex) {
                throw new IllegalStateException("Cannot read the token file " + file, ex);
            }
        });
    }

    static GitCredentials credentials(Optional<String> user, Optional<String> token, Optional<Path> sshKey) {
        if (token.isPresent() && !token.get().isBlank()) {
            return new GitCredentials.Token(user.orElse(null), token.get());
        }
        if (sshKey.isPresent()) {
            return new GitCredentials.SshKey(sshKey.get());
        }
        return new GitCredentials.None();
    }

    /** The fetch interval of a git project, or none. */
    Optional<Duration> fetchInterval() {
        return project.source() instanceof ProjectSource.Git git ? Optional.of(git.fetchInterval()) : Optional.empty();
    }
}
