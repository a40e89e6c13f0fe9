package org.sessionledger.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.WritesProfile;
import org.sessionledger.web.token.TokenStore;

/** The command line acting through the API with a personal access token: the token's user acts, with their rights. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class RemoteCliTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TokenStore tokens;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new SessionCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Path.of("target", "no-data"))
                .run(List.of(args));
    }

    @Test
    void aWriteTokenLogsThroughTheServerAsItsUser() throws Exception {
        String token = tokens.create("editor", "cli", "write", List.of(), Optional.empty())
                .value();
        assertThat(run("log", V2_SESSION, "from the command line", "--server", base.toString(), "--token", token))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(V2_SESSION + " ");
        Path log =
                FixtureWorkspaceResource.workspace.resolve(".roo/commander/sessions/" + V2_SESSION + "/session_log.md");
        assertThat(Files.readString(log)).contains("`editor`: from the command line");
        assertThat(run("list", "--server", base.toString(), "--token", token)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(V2_SESSION);
    }

    @Test
    void aReadTokenIsRefusedAWriteWithTheServersReason() {
        String token = tokens.create("editor", "cli-read", "read", List.of(), Optional.empty())
                .value();
        assertThat(run("pause", V2_SESSION, "--server", base.toString(), "--token", token))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused: 403");
        assertThat(run("list", "--server", base.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--server needs --token");
    }
}
