package org.sessionledger.web.account;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.web.auth.AuthConfig;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;

/**
 * Users who log in through single sign-on: created at their first login from the ID token (name, display name,
 * e-mail), updated at every later one. With a group mapping ({@code sessions.auth.oidc.group-roles}) their memberships
 * and admin rights follow the token's groups at each login; without one they are managed in the app. A name that
 * belongs to a built-in account is refused, so that no identity provider can take such an account over.
 */
@ApplicationScoped
public class OidcAccounts {

    private final UserStore users;
    private final Projects projects;
    private final AuthConfig.Oidc config;

    OidcAccounts(UserStore users, Projects projects, AuthConfig auth) {
        this.users = users;
        this.projects = projects;
        this.config = auth.oidc();
    }

    public Account provision(String name, String displayName, String email, List<String> groups) {
        Optional<Account> existing = users.find(name);
        if (existing.isPresent() && !existing.get().source().equals("oidc")) {
            Log.warnf("Single sign-on of '%s' refused: a built-in account has that name", name);
            throw new ForbiddenException("The name '" + name + "' belongs to a built-in account of this server.");
        }
        if (existing.isPresent() && !existing.get().enabled()) {
            throw new ForbiddenException("This account is disabled.");
        }
        if (existing.isEmpty()) {
            users.create(new Account(name, displayName, email, Optional.empty(), true, false, false, "oidc", Map.of()));
            Log.infof("Created user '%s' at their first single sign-on", name);
        } else {
            users.setProfile(name, displayName, email);
        }
        if (!config.groupRoles().isEmpty()) {
            applyGroups(name, groups);
        }
        return users.find(name).orElseThrow();
    }

    private void applyGroups(String name, List<String> groups) {
        boolean admin = false;
        Map<String, Role> roles = new HashMap<>();
        for (String group : groups) {
            String mapped = config.groupRoles().get(group.startsWith("/") ? group.substring(1) : group);
            if (mapped == null) {
                continue;
            }
            if (mapped.strip().equals("admin")) {
                admin = true;
                continue;
            }
            int colon = mapped.indexOf(':');
            String project =
                    colon < 0 ? projects.current() : mapped.substring(0, colon).strip();
            Optional<Role> role = Role.of(colon < 0 ? mapped : mapped.substring(colon + 1));
            if (role.isPresent()) {
                roles.merge(project, role.get(), (a, b) -> a.includes(b) ? a : b);
            } else {
                Log.warnf("sessions.auth.oidc.group-roles: '%s' is no role", mapped);
            }
        }
        users.removeGroupRoles(name);
        Map<String, Role> kept = users.find(name).orElseThrow().memberships();
        roles.forEach((project, role) -> {
            if (!kept.containsKey(project)) {
                users.setRole(name, project, role, "groups");
            }
        });
        users.setAdmin(name, admin);
    }
}
