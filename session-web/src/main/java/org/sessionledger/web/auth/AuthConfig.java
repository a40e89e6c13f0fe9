package org.sessionledger.web.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Logins: how long a browser login lasts and how many wrong passwords are tolerated. */
@ConfigMapping(prefix = "sessions.auth")
public interface AuthConfig {

    /** Browser logins (the login form): kept on the server, named by a random id in a cookie. */
    Login login();

    /** Failed logins (form and HTTP Basic), counted per user name and per client address. */
    Throttle throttle();

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
