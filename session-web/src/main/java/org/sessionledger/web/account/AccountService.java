package org.sessionledger.web.account;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.web.project.Role;

/** What users and admins do with accounts: passwords, new users, disabling, project roles. */
@ApplicationScoped
public class AccountService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("|[^\\s@<>\"]+@[^\\s@<>\"]+");

    private final UserStore users;
    private final Passwords passwords;
    private final AccountsStart start;

    AccountService(UserStore users, Passwords passwords, AccountsStart start) {
        this.users = users;
        this.passwords = passwords;
        this.start = start;
    }

    /** Changes one's own password (the current one is asked for); ends a forced change. */
    public void changePassword(String user, String current, String next, String repeated) {
        Account a = users.find(user).orElseThrow(() -> new NotFoundException("user", user));
        if (!passwords.matches(user, current, a.passwordHash())) {
            throw new InvalidRequestException("The current password is not right.");
        }
        if (next == null || !next.equals(repeated)) {
            throw new InvalidRequestException("The two new passwords differ.");
        }
        if (next.equals(current)) {
            throw new InvalidRequestException("Choose a password other than the current one.");
        }
        Passwords.requireStrong(user, next);
        users.setPassword(user, passwords.hash(next), false);
        passwords.forgetAll();
        Log.infof("User '%s' changed their password", user);
        if (user.equals("admin")) {
            try {
                if (Files.deleteIfExists(start.initialPasswordFile())) {
                    Log.infof("Deleted %s: the first password has been changed", start.initialPasswordFile());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Creates a user with a generated first password, to be changed at the first login; returns that password (shown
     * once to the admin, who hands it over).
     */
    public String create(String name, String displayName, String email, boolean admin, String project, Role role) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new InvalidRequestException("A user name has letters, digits and . _ @ + - (up to 64), no spaces.");
        }
        if (users.find(n).isPresent()) {
            throw new InvalidRequestException("There is already a user named '" + n + "'.");
        }
        String mail = email == null ? "" : email.strip();
        if (!EMAIL.matcher(mail).matches()) {
            throw new InvalidRequestException("That is not an e-mail address.");
        }
        String password = Passwords.random();
        users.create(new Account(
                n,
                displayName == null ? "" : displayName.strip(),
                mail,
                Optional.of(passwords.hash(password)),
                true,
                admin,
                true,
                "local",
                role == null ? Map.of() : Map.of(project, role)));
        Log.infof("User '%s' created%s", n, admin ? " (admin)" : "");
        return password;
    }

    /** A new generated password that must be changed at the next login. */
    public String resetPassword(String name) {
        Account a = users.find(name).orElseThrow(() -> new NotFoundException("user", name));
        if (a.source().equals("oidc")) {
            throw new InvalidRequestException(
                    "'" + name + "' logs in through single sign-on and has no password here.");
        }
        String password = Passwords.random();
        users.setPassword(name, passwords.hash(password), true);
        passwords.forgetAll();
        return password;
    }

    public void setEnabled(String actor, String name, boolean enabled) {
        users.find(name).orElseThrow(() -> new NotFoundException("user", name));
        if (!enabled && actor.equals(name)) {
            throw new InvalidRequestException("You cannot disable your own account.");
        }
        users.setEnabled(name, enabled);
        Log.infof("User '%s' %s by '%s'", name, enabled ? "enabled" : "disabled", actor);
    }

    public void setAdmin(String actor, String name, boolean admin) {
        users.find(name).orElseThrow(() -> new NotFoundException("user", name));
        if (!admin && actor.equals(name)) {
            throw new InvalidRequestException("You cannot take away your own admin rights.");
        }
        users.setAdmin(name, admin);
    }

    /** Sets (or with an empty role removes) a user's role in a project. */
    public void setRole(String name, String project, Optional<Role> role) {
        users.find(name).orElseThrow(() -> new NotFoundException("user", name));
        if (role.isPresent()) {
            users.setRole(name, project, role.get(), "app");
        } else {
            users.removeRole(name, project);
        }
    }
}
