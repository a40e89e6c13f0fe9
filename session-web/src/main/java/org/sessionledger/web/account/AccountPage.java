package org.sessionledger.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.token.AccessToken;
import org.sessionledger.web.token.TokenService;

/** One's own account: the password, and the personal access tokens (made here, shown once, revoked here). */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Access(Need.LOGIN)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Account account, List<AccessToken> tokens, String created, String error);

        static native TemplateInstance password(boolean forced, String error);
    }

    private final SecurityIdentity identity;
    private final UserStore users;
    private final AccountService accounts;
    private final TokenService tokens;

    AccountPage(SecurityIdentity identity, UserStore users, AccountService accounts, TokenService tokens) {
        this.identity = identity;
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GET
    public TemplateInstance account() {
        return page(null, null);
    }

    @GET
    @Path("password")
    public TemplateInstance passwordForm() {
        return Templates.password(me().mustChangePassword(), null);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm("new") String next, @RestForm String repeated) {
        try {
            accounts.changePassword(me().name(), current, next, repeated);
        } catch (InvalidRequestException e) {
            return Response.status(400)
                    .entity(Templates.password(me().mustChangePassword(), e.getMessage()))
                    .build();
        }
        return Response.seeOther(URI.create("/account?changed=1")).build();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(
            @RestForm String name, @RestForm String scope, @RestForm String projects, @RestForm String expires) {
        try {
            TokenService.Request request = new TokenService.Request(
                    name,
                    scope,
                    projects == null || projects.isBlank() ? List.of() : List.of(projects.split("[,\\s]+")),
                    expires);
            String value = tokens.create(identity, request).value();
            return Response.ok(page(value, null))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (InvalidRequestException e) {
            return Response.status(400).entity(page(null, e.getMessage())).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id) {
        tokens.revoke(identity, id);
        return Response.seeOther(URI.create("/account")).build();
    }

    private TemplateInstance page(String created, String error) {
        Account a = me();
        return Templates.account(a, tokens.list(identity), created, error);
    }

    private Account me() {
        return users.find(identity.getPrincipal().getName()).orElseThrow();
    }
}
