package org.sessionledger.web.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Says at start, as a warning, while the configured user list still has accounts whose password is their user name
 * (the demo accounts admin/admin, editor/editor, viewer/viewer): anyone who reads the README can log in and change
 * sessions. Also warns while the passwords are kept in plain text.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final String PREFIX = "quarkus.security.users.embedded.";

    private final Config config;

    DemoAccounts(Config config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        warnings().forEach(Log::warn);
    }

    /** The warnings for the current configuration; none when the embedded user list is off or has no weak account. */
    List<String> warnings() {
        if (!flag("enabled")) {
            return List.of();
        }
        boolean plainText = flag("plain-text");
        List<String> demo = demoAccounts(plainText, users());
        if (!demo.isEmpty()) {
            return List.of("SECURITY: demo accounts enabled: " + String.join(", ", demo) + " (each password is the user"
                    + " name, in plain text). Anyone can log in as them and change sessions: replace them in"
                    + " quarkus.security.users.embedded.* (or configure another identity provider) before sharing"
                    + " this app.");
        }
        return plainText
                ? List.of("SECURITY: the passwords of the embedded users are kept in plain text"
                        + " (quarkus.security.users.embedded.plain-text=true); store digests instead.")
                : List.of();
    }

    /** The user names whose password is the user name itself (only detectable for plain-text passwords). */
    static List<String> demoAccounts(boolean plainText, Map<String, String> users) {
        if (!plainText) {
            return List.of();
        }
        return users.entrySet().stream()
                .filter(e -> e.getKey().equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private Map<String, String> users() {
        Map<String, String> users = new TreeMap<>();
        String prefix = PREFIX + "users.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                String user = name.substring(prefix.length()).replace("\"", "");
                config.getOptionalValue(name, String.class).ifPresent(password -> users.put(user, password));
            }
        }
        return users;
    }

    private boolean flag(String key) {
        Optional<Boolean> value = config.getOptionalValue(PREFIX + key, Boolean.class);
        return value.orElse(false);
    }
}
