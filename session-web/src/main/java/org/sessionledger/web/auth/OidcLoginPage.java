package org.sessionledger.web.auth;

import io.quarkus.logging.Log;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.OidcAccounts;

/**
 * Where single sign-on ends: the provider's authorization-code flow ({@code quarkus.oidc.*}, path-bound to this route)
 * has authenticated the user; the user is created or updated from the ID token, the OIDC session is dropped and a login
 * of our own begins (the same cookie and server-side login as the login form, so logging out works alike). The page
 * moves on to the start page by itself: the login cookie is SameSite=Strict, so that navigation must start here.
 */
@Path("/login/oidc")
@Access(Need.LOGIN)
public class OidcLoginPage {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcSession oidcSession;

    @Inject
    OidcAccounts accounts;

    @Inject
    Logins logins;

    @Inject
    AuthConfig config;

    @GET
    public Response login(HttpServerRequest request) {
        AuthConfig.Oidc oidc = config.oidc();
        String name = claim(oidc.usernameClaim());
        if (name.isBlank()) {
            name = idToken.getSubject();
        }
        Account account = accounts.provision(name, claim("name"), claim("email"), groups(oidc.groupsClaim()));
        oidcSession.logout().await().indefinitely();
        Logins.Opened opened = logins.open(account.name());
        Log.infof("Single sign-on of user '%s'", LoginThrottle.printable(account.name()));
        NewCookie cookie = new NewCookie.Builder(config.login().cookieName())
                .value(opened.id())
                .path("/")
                .httpOnly(true)
                .secure(SameOrigin.secure(request))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        String target = account.mustChangePassword() ? "/account/password" : "/";
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\"><title>Logged in · Session Ledger"
                + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><p>Logged in."
                + " <a href=\"" + target + "\">Continue</a></p></main></body></html>";
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cookie(cookie)
                .header("Cache-Control", "no-store")
                .build();
    }

    private String claim(String claim) {
        Object value = idToken.getClaim(claim);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? "" : value.toString();
    }

    private List<String> groups(String claim) {
        Object value = idToken.getClaim(claim);
        if (value instanceof JsonArray array) {
            return array.stream()
                    .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
                    .toList();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
