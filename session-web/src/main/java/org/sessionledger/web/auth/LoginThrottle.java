package org.sessionledger.web.auth;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, counted in a sliding window per user name and per client address. A user name or an address over
 * its limit is locked for a while: every login attempt for it is refused with 429, the right password too, so that
 * guessing stops paying. Each failure is logged (user name and address, never the password), and each lockout as a
 * warning. Kept in memory: a restart forgets the counts.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Past this many tracked names or addresses, the idle ones are forgotten. */
    private static final int TRACKED = 10_000;

    private final AuthConfig.Throttle config;
    private final Map<String, Counter> users = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    LoginThrottle(AuthConfig config) {
        this.config = config.throttle();
    }

    /** How much longer logins for this user name or from this address are refused, if they are. */
    public Optional<Duration> lockedFor(String user, String address) {
        long now = System.nanoTime();
        long until = Math.max(lockedUntil(users, userKey(user), now), lockedUntil(addresses, address, now));
        return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
    }

    /** Counts a failed login (the password was checked and was wrong, or the user is unknown). */
    public void failed(String user, String address, String mechanism) {
        Log.infof("Failed login for user '%s' from %s (%s)", printable(user), address, mechanism);
        long now = System.nanoTime();
        if (count(users, userKey(user), config.userFailures(), now)) {
            Log.warnf(
                    "Logins locked for user '%s' for %s: %d failed logins within %s (the last from %s)",
                    printable(user), human(config.lockout()), config.userFailures(), human(config.window()), address);
        }
        if (count(addresses, address, config.addressFailures(), now)) {
            Log.warnf(
                    "Logins locked from %s for %s: %d failed logins within %s (the last for user '%s')",
                    address,
                    human(config.lockout()),
                    config.addressFailures(),
                    human(config.window()),
                    printable(user));
        }
    }

    private boolean count(Map<String, Counter> counters, String key, int limit, long now) {
        if (counters.size() > TRACKED) {
            counters.values().removeIf(c -> c.idle(now, config.window().toNanos()));
        }
        return counters.computeIfAbsent(key, k -> new Counter())
                .fail(now, limit, config.window().toNanos(), config.lockout().toNanos());
    }

    private static long lockedUntil(Map<String, Counter> counters, String key, long now) {
        Counter counter = counters.get(key);
        return counter == null ? now : counter.lockedUntil(now);
    }

    private static String userKey(String user) {
        String key = user.toLowerCase(Locale.ROOT);
        return key.length() > 256 ? key.substring(0, 256) : key;
    }

    /** A user name as it may appear in a log line: no control characters, not too long. */
    static String printable(String user) {
        String shown = user.length() > 64 ? user.substring(0, 64) + "…" : user;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    static String human(Duration d) {
        long seconds = d.toSeconds();
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** The recent failures of one user name or address (at most the limit), and the end of its lockout. */
    private static final class Counter {
        private final ArrayDeque<Long> failures = new ArrayDeque<>();
        private long lockedUntil;
        private boolean locked;

        /** Records a failure; true when it starts a lockout. */
        synchronized boolean fail(long now, int limit, long window, long lockout) {
            if (locked && now - lockedUntil < 0) {
                return false;
            }
            locked = false;
            while (!failures.isEmpty() && now - failures.peekFirst() > window) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() < limit) {
                return false;
            }
            failures.clear();
            locked = true;
            lockedUntil = now + lockout;
            return true;
        }

        synchronized long lockedUntil(long now) {
            return locked && now - lockedUntil < 0 ? lockedUntil : now;
        }

        synchronized boolean idle(long now, long window) {
            return lockedUntil(now) == now && (failures.isEmpty() || now - failures.peekLast() > window);
        }
    }
}
