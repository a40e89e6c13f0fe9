package org.sessionledger.web.lifecycle;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Ends a form-login session by expiring its cookie. */
@Path("/logout")
public class LogoutPage {

    @GET
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("quarkus-credential")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
