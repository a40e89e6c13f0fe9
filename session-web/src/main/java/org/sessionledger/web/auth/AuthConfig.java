package org.sessionledger.web.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Logins: how long a browser login lasts. */
@ConfigMapping(prefix = "sessions.auth")
public interface AuthConfig {

    /** Browser logins (the login form): kept on the server, named by a random id in a cookie. */
    Login login();

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
}
