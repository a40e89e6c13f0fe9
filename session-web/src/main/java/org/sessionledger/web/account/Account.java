package org.sessionledger.web.account;

import java.util.Map;
import java.util.Optional;
import org.sessionledger.web.project.Role;

/**
 * A user as the server knows them.
 *
 * @param passwordHash the bcrypt hash; empty for single sign-on users, who have no password here
 * @param source {@code local} (made by an admin or the first start), {@code oidc} (single sign-on) or {@code demo}
 * @param memberships role per project
 */
public record Account(
        String name,
        String displayName,
        String email,
        Optional<String> passwordHash,
        boolean enabled,
        boolean admin,
        boolean mustChangePassword,
        String source,
        Map<String, Role> memberships) {

    public Account {
        memberships = Map.copyOf(memberships);
    }

    /** The name shown for the user: the display name, else the user name. */
    public String shownName() {
        return displayName.isBlank() ? name : displayName;
    }
}
