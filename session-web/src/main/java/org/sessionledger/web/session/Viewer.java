package org.sessionledger.web.session;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at a page, and whether they may change sessions. */
public record Viewer(String name, boolean anonymous, boolean canWrite) {

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer("", true, false);
        }
        return new Viewer(
                identity.getPrincipal().getName(), false, identity.hasRole("editor") || identity.hasRole("admin"));
    }
}
