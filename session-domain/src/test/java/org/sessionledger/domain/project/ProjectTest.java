package org.sessionledger.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    @ParameterizedTest
    @ValueSource(strings = {"web", "team-a", "a1", "0day"})
    void slugsAreNames(String name) {
        assertThat(new ProjectRef(name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "A", "a b", "a/b", "..", "a_b", "é"})
    void otherTextIsNoName(String name) {
        assertThat(ProjectRef.parse(name)).isEmpty();
        assertThatThrownBy(() -> new ProjectRef(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"My Workspace,my-workspace", "demo-workspace,demo-workspace", "Café_Übung,cafe-ubung", "...,workspace"})
    void aFolderNameBecomesASlug(String folder, String slug) {
        assertThat(ProjectRef.slugOf(folder).name()).isEqualTo(slug);
    }

    @Test
    void aGitProjectWithoutPushAccessIsReadOnly() {
        ProjectSource.Git https = new ProjectSource.Git("https://git.example/team/app.git", null, 1, null, null);
        assertThat(new Project(new ProjectRef("app"), null, https, false).readOnly())
                .isTrue();
        ProjectSource.Git withToken = new ProjectSource.Git(
                "https://git.example/team/app.git",
                "dev",
                1,
                Duration.ofSeconds(5),
                new GitCredentials.Token(null, "secret"));
        Project writable = new Project(new ProjectRef("app"), "App", withToken, false);
        assertThat(writable.readOnly()).isFalse();
        assertThat(withToken.credentials().toString()).doesNotContain("secret");
        assertThat(new Project(new ProjectRef("local"), null, new ProjectSource.Folder(Path.of("x")), false).title())
                .isEqualTo("local");
    }

    @Test
    void gitSourcesCheckTheirSettings() {
        assertThatThrownBy(() -> new ProjectSource.Git("not a url", null, 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectSource.Git("file:///r.git", "../x", 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectSource.Git("file:///r.git", null, -1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        ProjectSource.Git scp = new ProjectSource.Git("git@host:team/repo.git", null, 0, null, null);
        assertThat(scp.branch()).isEqualTo("main");
        assertThat(new ProjectSource.Git("https://u:tok@host/r.git", null, 1, null, null).safeUrl())
                .isEqualTo("https://***@host/r.git");
    }
}
