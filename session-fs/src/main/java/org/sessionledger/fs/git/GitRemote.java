package org.sessionledger.fs.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.project.ProjectSource;

/**
 * A project's remote as the transport sees it: URL, branch, clone depth, credentials and a time-out for every network
 * operation. SSH uses the configured key only (no agent, no {@code ~/.ssh}); its known hosts are in
 * {@code <sshDirectory>/known_hosts}, and a host met for the first time is accepted and recorded there.
 */
public record GitRemote(ProjectSource.Git source, Duration timeout, Path sshDirectory) {

    /** The ref the remote's branch is fetched into. */
    public String trackingRef() {
        return "refs/remotes/origin/" + source.branch();
    }

    public String branchRef() {
        return "refs/heads/" + source.branch();
    }

    /** Applies the credentials and the time-out to a fetch. */
    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout(timeoutSeconds());
        command.setTransportConfigCallback(this::apply);
        return command;
    }

    /** Applies the credentials and the time-out to an open transport. */
    void apply(Transport transport) {
        transport.setTimeout(timeoutSeconds());
        switch (source.credentials()) {
            case GitCredentials.Token t ->
                transport.setCredentialsProvider(new UsernamePasswordCredentialsProvider(t.user(), t.token()));
            case GitCredentials.SshKey key -> {
                if (transport instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(sshFactory(key.keyFile()));
                }
            }
            case GitCredentials.None none -> {
                // a public or local remote
            }
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, timeout.toSeconds());
    }

    private SshdSessionFactory sshFactory(Path keyFile) {
        if (!Files.isReadable(keyFile)) {
            throw new IllegalStateException("The SSH key file cannot be read: " + keyFile);
        }
        Path dir;
        try {
            dir = Files.createDirectories(sshDirectory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(dir.toFile())
                .setSshDirectory(dir.toFile())
                .setDefaultKeysProvider(ignored -> List.of(loadKeys(keyFile)))
                .build(null);
    }

    private static java.security.KeyPair loadKeys(Path keyFile) {
        try (var in = Files.newInputStream(keyFile)) {
            var pairs = org.apache.sshd.common.util.security.SecurityUtils.loadKeyPairIdentities(
                    null, org.apache.sshd.common.NamedResource.ofName(keyFile.toString()), in, null);
            return pairs.iterator().next();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The SSH key cannot be read: " + e.getMessage(), e);
        }
    }
}
