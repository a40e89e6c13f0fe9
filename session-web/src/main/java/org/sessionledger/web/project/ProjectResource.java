package org.sessionledger.web.project;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.AccessPolicy;
import org.sessionledger.web.auth.Need;

/**
 * The projects of the server: a user lists those they may read (members, public projects; admins all); admins add, change and remove those that are not configured on
 * the server. Their sessions are under {@code /api/projects/{name}/sessions}, their pages under {@code /p/{name}/}.
 */
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final String BODY = "a JSON object describing the project is required";

    private final ProjectRegistry projects;
    private final AccessPolicy access;
    private final SecurityIdentity identity;

    ProjectResource(ProjectRegistry projects, AccessPolicy access, SecurityIdentity identity) {
        this.projects = projects;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Access(Need.PUBLIC)
    public List<ProjectView> list() {
        return projects.all().stream()
                .filter(e -> readable(e.spec().name()))
                .map(e -> view(e, null))
                .toList();
    }

    @GET
    @Path("{name}")
    @Access(Need.PUBLIC)
    public ProjectView get(@RestPath String name) {
        if (!readable(name)) {
            throw new org.sessionledger.domain.error.NotFoundException("project", name);
        }
        return view(found(name), null);
    }

    private boolean readable(String name) {
        return access.allows(identity, name, Need.READ);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Need.ADMIN)
    public Response add(@NotNull(message = BODY) @Valid ProjectRequest body) {
        if (body.name() == null) {
            throw new InvalidRequestException("A new project needs a name.");
        }
        ProjectSpec spec = body.toSpec(body.name());
        ProjectRegistry.Entry entry = projects.add(spec);
        return Response.status(201)
                .header("Location", "/api/projects/" + spec.name())
                .entity(view(entry, spec.hookSecret().orElse(null)))
                .build();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Need.ADMIN)
    public ProjectView replace(@RestPath String name, @NotNull(message = BODY) @Valid ProjectRequest body) {
        found(name);
        if (body.name() != null && !body.name().equals(name)) {
            throw new InvalidRequestException("A project keeps its name (its links and roles use it).");
        }
        ProjectSpec spec = body.toSpec(name);
        return view(projects.replace(spec), spec.hookSecret().orElse(null));
    }

    @DELETE
    @Path("{name}")
    @Access(Need.ADMIN)
    public Response remove(@RestPath String name) {
        found(name);
        projects.remove(name);
        return Response.noContent().build();
    }

    private ProjectRegistry.Entry found(String name) {
        return projects.get(name)
                .orElseThrow(() -> new org.sessionledger.domain.error.NotFoundException("project", name));
    }

    private ProjectView view(ProjectRegistry.Entry entry, String secret) {
        return ProjectView.of(entry, entry.spec().name().equals(projects.primaryName()), secret);
    }
}
