package org.sessionledger.web.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;
import org.sessionledger.web.token.AccessToken;

/**
 * Who may do what in a project. A global admin is a maintainer everywhere; a member has their role; anyone may read a
 * public project. A personal access token narrows its user's rights: to its projects, and to reading when its scope is
 * {@code read}.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Projects projects;

    AccessPolicy(Projects projects) {
        this.projects = projects;
    }

    /** The role this identity has in the project, if any. */
    public Optional<Role> role(SecurityIdentity identity, String project) {
        Optional<Account> account = Identities.account(identity);
        Optional<Role> role = account.flatMap(a -> a.admin()
                ? Optional.of(Role.MAINTAINER)
                : Optional.ofNullable(a.memberships().get(project)));
        AccessToken token = identity == null ? null : identity.getAttribute(Identities.TOKEN);
        if (token != null) {
            role = token.covers(project)
                    ? role.map(r -> token.write() ? r : Role.min(r, Role.VIEWER))
                    : Optional.empty();
        }
        if (role.isEmpty() && projects.isPublic(project)) {
            return Optional.of(Role.VIEWER);
        }
        return role;
    }

    public boolean allows(SecurityIdentity identity, String project, Need need) {
        return switch (need) {
            case PUBLIC -> true;
            case LOGIN -> identity != null && !identity.isAnonymous();
            case READ -> role(identity, project).isPresent();
            case WRITE ->
                role(identity, project).filter(r -> r.includes(Role.EDITOR)).isPresent();
            case MAINTAIN ->
                role(identity, project).filter(r -> r.includes(Role.MAINTAINER)).isPresent();
            case ADMIN -> identity != null && identity.hasRole("admin");
        };
    }

    /** Whether this identity may read the current project. */
    public boolean canRead(SecurityIdentity identity) {
        return allows(identity, projects.current(), Need.READ);
    }

    public boolean canWrite(SecurityIdentity identity) {
        return allows(identity, projects.current(), Need.WRITE);
    }

    public boolean canMaintain(SecurityIdentity identity) {
        return allows(identity, projects.current(), Need.MAINTAIN);
    }
}
