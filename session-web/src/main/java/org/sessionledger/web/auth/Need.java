package org.sessionledger.web.auth;

/** What a route needs of the one who asks (see {@link Access}). */
public enum Need {
    /** Anyone, logged in or not: the login form, health, the index's progress. */
    PUBLIC,
    /** Any logged-in user: their own account, tokens, inbox. */
    LOGIN,
    /** Reading the project: a member (any role), or anyone when the project is public. */
    READ,
    /** Changing its sessions: an editor or maintainer of the project. */
    WRITE,
    /** Its settings and members, reopening completed sessions: a maintainer. */
    MAINTAIN,
    /** Users, projects and the server: a global admin. */
    ADMIN
}
