package org.sessionledger.web.session;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.auth.AccessPolicy;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;

/**
 * Who is looking at a page, whether they may change sessions or reopen completed ones, and to whom a session can be
 * handed off (the project's members who can write).
 */
public record Viewer(String name, boolean anonymous, boolean canWrite, boolean canMaintain, List<String> writers) {

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer("", true, false, false, List.of());
        }
        AccessPolicy access = Arc.container().instance(AccessPolicy.class).get();
        boolean write = access.canWrite(identity);
        List<String> writers = write
                ? Arc.container()
                        .instance(UserStore.class)
                        .get()
                        .members(Arc.container().instance(Projects.class).get().current(), Role.EDITOR)
                        .stream()
                        .map(Account::name)
                        .toList()
                : List.of();
        return new Viewer(identity.getPrincipal().getName(), false, write, access.canMaintain(identity), writers);
    }
}
