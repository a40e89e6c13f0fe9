package org.sessionledger.web.auth;

import io.quarkus.arc.Arc;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.Optional;
import org.sessionledger.web.inbox.Notifications;

/**
 * The login of the current request, for the page header ({@code inject:login}): who it is, whether it is a browser
 * login that a logout form can end, the token of the logout form and the token its scripts send to the API.
 */
@Named("login")
@ApplicationScoped
public class CurrentLogin {

    private final Instance<SecurityIdentity> identity;
    private final Instance<CsrfTokenParameterProvider> forms;
    private final AccessPolicy access;
    private final Notifications notifications;

    CurrentLogin(
            Instance<SecurityIdentity> identity,
            Instance<CsrfTokenParameterProvider> forms,
            AccessPolicy access,
            Notifications notifications) {
        this.identity = identity;
        this.forms = forms;
        this.access = access;
        this.notifications = notifications;
    }

    /** Whether the user is a global admin (users, projects, the read record). */
    public boolean admin() {
        return loggedIn() && identity().orElseThrow().hasRole("admin");
    }

    /** Whether the user maintains the project (members, the read record). */
    public boolean maintainer() {
        return loggedIn() && access.canMaintain(identity().orElseThrow());
    }

    /** How many of the user's notifications are unread. */
    public long unread() {
        return loggedIn() ? notifications.unread(name()) : 0;
    }

    /**
     * The identity of the request, when there is one (an error page rendered by the HTTP layer itself, before any
     * request context exists, has none and shows the header of an anonymous user).
     */
    private Optional<SecurityIdentity> identity() {
        return Arc.container().requestContext().isActive() ? Optional.of(identity.get()) : Optional.empty();
    }

    public boolean loggedIn() {
        return identity().map(i -> !i.isAnonymous()).orElse(false);
    }

    public String name() {
        return loggedIn() ? identity().orElseThrow().getPrincipal().getName() : "";
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
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        try {
            return forms.get().getToken();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private Logins.Login login() {
        return loggedIn() ? identity().orElseThrow().getAttribute(LoginMechanism.LOGIN_ATTRIBUTE) : null;
    }
}
