package org.sessionledger.domain.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server authenticates to a git remote. Secrets are never shown: {@link #toString()} hides them, and they
 * are kept outside the database (files, environment) or encrypted in it.
 */
public sealed interface GitCredentials {

    /** Whether these credentials can be used to push (a read-only project has none). */
    boolean canPush();

    /** No credentials: a public or local remote. */
    record None() implements GitCredentials {
        @Override
        public boolean canPush() {
            return false;
        }
    }

    /** HTTPS: a user name (any non-empty one for most hosts' tokens) and a personal access token. */
    record Token(String user, String token) implements GitCredentials {
        public Token {
            user = user == null || user.isBlank() ? "x-access-token" : user.strip();
            Objects.requireNonNull(token, "token");
        }

        @Override
        public boolean canPush() {
            return true;
        }

        @Override
        public String toString() {
            return "Token[user=" + user + ", token=***]";
        }
    }

    /** SSH: a private key file on the server (kept outside the database). */
    record SshKey(Path keyFile) implements GitCredentials {
        public SshKey {
            Objects.requireNonNull(keyFile, "keyFile");
        }

        @Override
        public boolean canPush() {
            return true;
        }
    }
}
