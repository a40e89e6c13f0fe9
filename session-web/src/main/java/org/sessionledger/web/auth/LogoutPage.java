package org.sessionledger.web.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Logging out: a POST (a form with its CSRF token in every page's header) that ends the login on the server, so that
 * the cookie is worthless even where it was copied. A GET only shows that form: a link or an image elsewhere cannot log
 * anyone out.
 */
@Path("/logout")
@Access(Need.PUBLIC)
public class LogoutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance logout();
    }

    private final Logins logins;
    private final String cookieName;

    LogoutPage(Logins logins, AuthConfig config) {
        this.logins = logins;
        this.cookieName = config.login().cookieName();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance offer() {
        return Templates.logout();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(cookieName);
        if (cookie != null) {
            logins.end(cookie.getValue());
        }
        NewCookie expired = new NewCookie.Builder(cookieName)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .secure(SameOrigin.secure(request))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
