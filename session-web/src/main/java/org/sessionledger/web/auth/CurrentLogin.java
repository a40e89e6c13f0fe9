package org.sessionledger.web.auth;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

/**
 * The login of the current request, for the page header ({@code inject:login}): who it is, whether it is a browser
 * login that a logout form can end, the token of the logout form and the token its scripts send to the API.
 */
@Named("login")
@RequestScoped
public class CurrentLogin {

    private final SecurityIdentity identity;
    private final Instance<CsrfTokenParameterProvider> forms;
    private final AccessPolicy access;
    private final org.sessionledger.web.inbox.Notifications notifications;

    CurrentLogin(
            SecurityIdentity identity,
            Instance<CsrfTokenParameterProvider> forms,
            AccessPolicy access,
            org.sessionledger.web.inbox.Notifications notifications) {
        this.identity = identity;
        this.forms = forms;
        this.access = access;
        this.notifications = notifications;
    }

    /** Whether the user is a global admin (users, projects, the read record). */
    public boolean admin() {
        return loggedIn() && identity.hasRole("admin");
    }

    /** Whether the user maintains the project (members, the read record). */
    public boolean maintainer() {
        return loggedIn() && access.canMaintain(identity);
    }

    /** How many of the user's notifications are unread. */
    public long unread() {
        return loggedIn() ? notifications.unread(name()) : 0;
    }

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return loggedIn() ? identity.getPrincipal().getName() : "";
    }

    /** Whether this is a login of the login form (not HTTP Basic), with a logout form and an API token. */
    public boolean cookie() {
        return login() != null;
    }

    /** The token the API wants in {@code X-CSRF-Token} from this login's pages; empty for other requests. */
    public String apiToken() {
        Logins.Login login = login();
        return login == null ? "" : login.csrfToken();
    }

    /** The forms' CSRF token of this request, or empty where the forms' filter gave none (a refused request). */
    public String formToken() {
        try {
            return forms.get().getToken();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private Logins.Login login() {
        return loggedIn() ? identity.getAttribute(LoginMechanism.LOGIN_ATTRIBUTE) : null;
    }
}
