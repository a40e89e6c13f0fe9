package org.sessionledger.web.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The login form. It carries a token that is also set in a cookie, and the post ({@link LoginForm}) must return both:
 * a page elsewhere cannot read the token, so it cannot log a browser in (to an account of its choosing).
 */
@Path("/login.html")
@Access(Need.PUBLIC)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String tokenField, String token, boolean failed, boolean sso);
    }

    /** Whether single sign-on is configured ({@code quarkus.oidc.tenant-enabled}). */
    static boolean sso() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)
                .orElse(false);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @RestQuery String error, @RestCookie(LoginForm.TOKEN_COOKIE) String current, HttpServerRequest request) {
        String token = current != null && current.length() == 43 ? current : Logins.randomToken();
        NewCookie cookie = new NewCookie.Builder(LoginForm.TOKEN_COOKIE)
                .value(token)
                .path("/")
                .maxAge(3600)
                .httpOnly(true)
                .secure(SameOrigin.secure(request))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.ok(Templates.login(LoginForm.TOKEN_FIELD, token, error != null, sso()))
                .cookie(cookie)
                .header("Cache-Control", "no-store")
                .build();
    }
}
