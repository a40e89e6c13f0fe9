package org.sessionledger.web.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sessionledger.domain.error.InvalidRequestException;

/**
 * Passwords: bcrypt hashes (cost 10), never the passwords themselves. A bcrypt check takes tens of milliseconds, and
 * scripts send HTTP Basic with every request, so a password just checked is remembered for a minute as an HMAC under
 * a key of this process (never the password); changing a user's password forgets it at once.
 */
@ApplicationScoped
public class Passwords {

    /** Passwords must be at least this long. */
    public static final int MIN_LENGTH = 10;

    private static final long REMEMBER_NANOS = 60_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key = new byte[32];
    private final Map<String, Long> recent = new ConcurrentHashMap<>();

    Passwords() {
        RANDOM.nextBytes(key);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** Whether the password is the one the hash was made of. */
    public boolean matches(String user, String password, Optional<String> hash) {
        if (hash.isEmpty() || password == null) {
            return false;
        }
        String remembered = mac(user + '\u0000' + hash.get() + '\u0000' + password);
        Long at = recent.get(remembered);
        long now = System.nanoTime();
        if (at != null && now - at < REMEMBER_NANOS) {
            return true;
        }
        boolean ok;
        try {
            ok = BcryptUtil.matches(password, hash.get());
        } catch (RuntimeException e) {
            ok = false;
        }
        if (ok) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(remembered, now);
        }
        return ok;
    }

    /** Forgets every remembered check (a password changed; the hash in the key changes anyway). */
    public void forgetAll() {
        recent.clear();
    }

    /** Refuses passwords that are too short or that equal the user name. */
    public static void requireStrong(String user, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidRequestException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.equalsIgnoreCase(user)) {
            throw new InvalidRequestException("The password must not be the user name.");
        }
    }

    /** A random password of 20 characters (letters and digits). */
    public static String random() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
