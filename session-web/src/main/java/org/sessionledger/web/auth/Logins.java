package org.sessionledger.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser logins: the login cookie names one by a random id, and the server decides whether it still holds. A
 * logout or a timeout removes it, so a copied cookie stops working at once. Kept in memory for now: a restart ends
 * every login and replicas do not share them; a later store (the database) keeps the same operations. Only a hash of
 * each id is kept.
 */
@ApplicationScoped
public class Logins {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /** One login: who, since when, and the CSRF token its API writes must send. */
    public record Login(String user, String csrfToken, Instant started) {

        /** Whether a request's token is this login's (compared in constant time). */
        public boolean tokenMatches(String token) {
            return token != null
                    && MessageDigest.isEqual(
                            token.getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A login just opened and the id its cookie carries. */
    public record Opened(String id, Login login) {}

    private static final class Entry {
        final Login login;
        volatile Instant lastSeen;

        Entry(Login login) {
            this.login = login;
            this.lastSeen = login.started();
        }
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Duration maxAge;

    Logins(AuthConfig config) {
        this.idleTimeout = config.login().idleTimeout();
        this.maxAge = config.login().maxAge();
    }

    /** Opens a login for a user whose password was just checked. */
    public Opened open(String user) {
        Instant now = Instant.now();
        byHash.values().removeIf(e -> expired(e, now));
        String id = randomToken();
        Login login = new Login(user, randomToken(), now);
        byHash.put(hash(id), new Entry(login));
        return new Opened(id, login);
    }

    /** The login a cookie names, if it is still open; using it counts as activity. */
    public Optional<Login> find(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        String key = hash(id);
        Entry entry = byHash.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (expired(entry, now)) {
            byHash.remove(key);
            return Optional.empty();
        }
        entry.lastSeen = now;
        return Optional.of(entry.login);
    }

    /** Ends the login a cookie names (nothing happens if it is unknown). */
    public void end(String id) {
        if (id != null) {
            byHash.remove(hash(id));
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    private boolean expired(Entry entry, Instant now) {
        return now.isAfter(entry.lastSeen.plus(idleTimeout))
                || now.isAfter(entry.login.started().plus(maxAge));
    }

    private static String hash(String id) {
        try {
            return BASE64.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
