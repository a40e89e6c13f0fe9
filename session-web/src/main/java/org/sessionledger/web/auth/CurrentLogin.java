package org.sessionledger.web.auth;

import io.quarkus.arc.Arc;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The login of the current request, for the page header ({@code inject:login}): who it is, whether it is a browser
 * login that a logout form can end, the token of the logout form and the token its scripts send to the API.
 */
@Named("login")
@ApplicationScoped
public class CurrentLogin {

    private final Instance<SecurityIdentity> identity;
    private final Instance<CsrfTokenParameterProvider> forms;

    CurrentLogin(Instance<SecurityIdentity> identity, Instance<CsrfTokenParameterProvider> forms) {
        this.identity = identity;
        this.forms = forms;
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
