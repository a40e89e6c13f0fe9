package org.sessionledger.web.project;

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
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.AccountService;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** A project's members and settings, for its maintainers; whether anonymous visitors may read it, for admins. */
@Path("/members")
@Produces(MediaType.TEXT_HTML)
@Access(Need.MAINTAIN)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(String project, boolean publicRead, boolean admin, List<Account> users);
    }

    private final Projects projects;
    private final UserStore users;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    MembersPage(Projects projects, UserStore users, AccountService accounts, SecurityIdentity identity) {
        this.projects = projects;
        this.users = users;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    public TemplateInstance members() {
        String p = projects.current();
        return Templates.members(p, projects.isPublic(p), identity.hasRole("admin"), users.all());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setRole(@RestForm String user, @RestForm String role) {
        accounts.setRole(user, projects.current(), Role.of(role));
        return Response.seeOther(URI.create("/members")).build();
    }

    @POST
    @Path("public")
    @Access(Need.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPublic(@RestForm boolean publicRead) {
        projects.setPublicRead(publicRead);
        return Response.seeOther(URI.create("/members")).build();
    }
}
