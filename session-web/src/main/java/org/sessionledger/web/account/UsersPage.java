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
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;

/**
 * The admins' page of users: create one (with a first password shown once, to be changed at the first login),
 * disable or enable, reset a password, grant or take admin rights.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Access(Need.ADMIN)
public class UsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(
                List<Account> users, String project, String createdUser, String password, String error);
    }

    private final UserStore users;
    private final AccountService accounts;
    private final Projects projects;
    private final SecurityIdentity identity;

    UsersPage(UserStore users, AccountService accounts, Projects projects, SecurityIdentity identity) {
        this.users = users;
        this.accounts = accounts;
        this.projects = projects;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return page(null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String name,
            @RestForm String displayName,
            @RestForm String email,
            @RestForm String role,
            @RestForm boolean admin) {
        try {
            String password = accounts.create(
                    name,
                    displayName,
                    email,
                    admin,
                    projects.current(),
                    Role.of(role).orElse(null));
            return Response.ok(page(name.strip(), password, null))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (InvalidRequestException e) {
            return Response.status(400).entity(page(null, null, e.getMessage())).build();
        }
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath String name, @RestForm String action) {
        String me = identity.getPrincipal().getName();
        try {
            switch (action == null ? "" : action) {
                case "disable" -> accounts.setEnabled(me, name, false);
                case "enable" -> accounts.setEnabled(me, name, true);
                case "admin" -> accounts.setAdmin(me, name, true);
                case "no-admin" -> accounts.setAdmin(me, name, false);
                case "reset" -> {
                    String password = accounts.resetPassword(name);
                    return Response.ok(page(name, password, null))
                            .header("Cache-Control", "no-store")
                            .build();
                }
                default -> throw new InvalidRequestException("Unknown action '" + action + "'.");
            }
        } catch (InvalidRequestException e) {
            return Response.status(400).entity(page(null, null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    private TemplateInstance page(String createdUser, String password, String error) {
        return Templates.users(users.all(), projects.current(), createdUser, password, error);
    }
}
