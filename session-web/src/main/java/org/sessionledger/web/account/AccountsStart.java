package org.sessionledger.web.account;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.web.auth.AuthConfig;
import org.sessionledger.web.config.AppConfig;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;

/**
 * The accounts a start makes. For the demo workspace the demo accounts (admin/admin, editor/editor, viewer/viewer, with
 * a loud warning); any other start deletes them. With no other user, the first admin: {@code admin} with a random
 * password, printed once to the log and written to {@code <data-dir>/initial-admin-password} (owner-only), which must
 * be changed at the first login (the file goes then).
 */
@ApplicationScoped
public class AccountsStart {

    static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
    private static final String[][] DEMO = {{"admin", null}, {"editor", "editor"}, {"viewer", "viewer"}};

    private final UserStore users;
    private final Passwords passwords;
    private final Projects projects;
    private final AuthConfig auth;
    private final Path dataDir;

    AccountsStart(UserStore users, Passwords passwords, Projects projects, AuthConfig auth, AppConfig app) {
        this.users = users;
        this.passwords = passwords;
        this.projects = projects;
        this.auth = auth;
        this.dataDir = app.dataDir();
    }

    void onStart(@Observes @Priority(20) StartupEvent event) throws IOException {
        boolean demo = auth.demoAccounts().orElse(projects.demo());
        if (demo) {
            demoAccounts();
        } else {
            int gone = users.deleteDemoAccounts();
            if (gone > 0) {
                Log.infof("Deleted the %d demo accounts: this is not the demo workspace", gone);
            }
            if (users.countReal() == 0) {
                firstAdmin();
            }
        }
    }

    private void demoAccounts() {
        for (String[] d : DEMO) {
            String name = d[0];
            Optional<Account> existing = users.find(name);
            if (existing.isPresent() && !existing.get().source().equals("demo")) {
                continue;
            }
            // a demo account has its role in every project of the server
            Map<String, Role> roles = new java.util.LinkedHashMap<>();
            if (d[1] != null) {
                projects.names().forEach(p -> roles.put(p, Role.of(d[1]).orElseThrow()));
            }
            if (existing.isEmpty()) {
                users.create(new Account(
                        name, name, "", Optional.of(passwords.hash(name)), true, d[1] == null, false, "demo", roles));
            } else {
                roles.forEach((p, role) -> users.setRole(name, p, role, "app"));
            }
        }
        Log.warn("SECURITY: demo accounts enabled: admin, editor, viewer (each password is the user name). Anyone can"
                + " log in as them and change sessions: they exist only for the demo workspace; replace them with"
                + " accounts of your own (run with a workspace) before sharing this app.");
    }

    private void firstAdmin() throws IOException {
        String password = Passwords.random();
        users.create(new Account(
                "admin",
                "Administrator",
                "",
                Optional.of(passwords.hash(password)),
                true,
                true,
                true,
                "local",
                Map.of()));
        Path file = initialPasswordFile();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(
                file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Log.warnf(
                "No users yet: created the admin account 'admin' with the password %s (also in %s until it is changed)."
                        + " Log in at /login.html; the first login asks for a new password.",
                password, file);
    }

    /** {@code <data-dir>/initial-admin-password}. */
    public Path initialPasswordFile() {
        return dataDir.resolve(INITIAL_PASSWORD_FILE);
    }
}
