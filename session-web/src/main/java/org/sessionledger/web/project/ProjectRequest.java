package org.sessionledger.web.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.project.ProjectRef;
import org.sessionledger.domain.project.ProjectSource;

/**
 * A project to add or change ({@code POST /api/projects}, {@code PUT /api/projects/{name}}): a folder
 * ({@code path}) or a repository ({@code gitUrl} with {@code branch}, {@code depth}, {@code fetchIntervalSeconds} and
 * an HTTPS {@code token} or an {@code sshKeyFile} on the server). Without a {@code hookSecret} one is made.
 */
public record ProjectRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "a name is lower-case letters, digits and dashes")
        String name,

        @Size(max = 200) String title,
        @Size(max = 4096) String path,
        @Size(max = 2048) String gitUrl,
        @Size(max = 200) String branch,
        @Min(0) @Max(100_000) Integer depth,
        @Min(1) @Max(86_400) Long fetchIntervalSeconds,
        @Size(max = 200) String username,
        @Size(max = 4096) String token,
        @Size(max = 4096) String sshKeyFile,
        @Size(min = 16, max = 200) String hookSecret,
        Boolean readOnly) {

    /** The project this asks for, named {@code name} (the path's, for a change). */
    ProjectSpec toSpec(String name) {
        ProjectRef ref = ProjectRef.parse(name)
                .orElseThrow(() -> new InvalidRequestException(
                        "A project name is 1 to 63 lower-case letters, digits and dashes."));
        boolean git = gitUrl != null && !gitUrl.isBlank();
        boolean folder = path != null && !path.isBlank();
        if (git == folder) {
            throw new InvalidRequestException("A project has either a path (a folder) or a gitUrl (a repository).");
        }
        try {
            ProjectSource source = git
                    ? new ProjectSource.Git(
                            gitUrl,
                            branch,
                            depth == null ? ProjectSource.Git.DEFAULT_DEPTH : depth,
                            fetchIntervalSeconds == null ? null : Duration.ofSeconds(fetchIntervalSeconds),
                            ProjectSpec.credentials(
                                    Optional.ofNullable(username),
                                    Optional.ofNullable(token),
                                    Optional.ofNullable(sshKeyFile)
                                            .filter(s -> !s.isBlank())
                                            .map(Path::of)))
                    : new ProjectSource.Folder(folderPath());
            Project project = new Project(ref, title, source, Boolean.TRUE.equals(readOnly));
            return new ProjectSpec(
                    project,
                    Optional.of(hookSecret == null || hookSecret.isBlank() ? SecretBox.newSecret() : hookSecret),
                    ProjectSpec.STORED);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private Path folderPath() {
        try {
            Path p = Path.of(path);
            if (!p.isAbsolute()) {
                throw new InvalidRequestException("The path of a folder project is an absolute path on the server.");
            }
            return p;
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidRequestException("Not a path: " + e.getReason());
        }
    }
}
