package org.sessionledger.web.token;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/**
 * Personal access tokens over the API: {@code POST} answers the new token's value once, {@code GET} lists one's tokens
 * without values, {@code DELETE} revokes.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Access(Need.LOGIN)
public class TokenResource {

    /** A new token and its value, which is not shown again. */
    public record Created(String token, AccessToken details) {}

    private final TokenService tokens;
    private final SecurityIdentity identity;

    TokenResource(TokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenService.Request request) {
        TokenStore.Created c =
                tokens.create(identity, request == null ? new TokenService.Request(null, null, null, null) : request);
        return Response.status(201)
                .header("Cache-Control", "no-store")
                .entity(new Created(c.value(), c.token()))
                .build();
    }

    @GET
    public List<AccessToken> list() {
        return tokens.list(identity);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@RestPath long id) {
        tokens.revoke(identity, id);
        return Response.noContent().build();
    }
}
