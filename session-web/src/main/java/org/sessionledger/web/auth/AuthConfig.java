package org.sessionledger.web.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Logins: how long a browser login lasts and how many wrong passwords are tolerated. */
@ConfigMapping(prefix = "sessions.auth")
public interface AuthConfig {

    /** Browser logins (the login form): kept on the server, named by a random id in a cookie. */
    Login login();

    /** Failed logins (form and HTTP Basic), counted per user name and per client address. */
    Throttle throttle();

    /**
     * Whether the demo accounts admin/admin, editor/editor and viewer/viewer exist. Unset: only for the demo workspace
     * ({@code ./run} without arguments); a start without them deletes them. Tests and the bench turn them on for their
     * fixture workspaces.
     */
    Optional<Boolean> demoAccounts();

    /** Single sign-on: how users and their roles are read from the ID token (quarkus.oidc.* configures the provider). */
    Oidc oidc();

    interface Oidc {

        /** The claim holding the user name. */
        @WithDefault("preferred_username")
        String usernameClaim();

        /** The claim holding the user's groups. */
        @WithDefault("groups")
        String groupsClaim();

        /**
         * Group → role: {@code admin}, a role in this workspace's project ({@code viewer}, {@code editor},
         * {@code maintainer}) or {@code project:role}; e.g. {@code sessions.auth.oidc.group-roles."ledger-editors"=editor}.
         * With no mapping, roles and memberships are managed in the app.
         */
        java.util.Map<String, String> groupRoles();
    }

    interface Login {

        /**
         * The cookie's name. Cookies do not tell ports apart: two instances on one host need different names.
         */
        @WithDefault("ledger-login")
        String cookieName();

        /** A login not used for this long ends. */
        @WithDefault("30m")
        Duration idleTimeout();

        /** A login ends this long after it began, however busy. */
        @WithDefault("12h")
        Duration maxAge();
    }

    interface Throttle {

        /** Failed logins of one user name within {@link #window()} that lock that user name. */
        @WithDefault("5")
        int userFailures();

        /** Failed logins from one client address within {@link #window()} that lock that address. */
        @WithDefault("20")
        int addressFailures();

        /** The sliding window the failures are counted in. */
        @WithDefault("1m")
        Duration window();

        /** How long a locked user name or address is refused (429, even with the right password). */
        @WithDefault("5m")
        Duration lockout();
    }
}
