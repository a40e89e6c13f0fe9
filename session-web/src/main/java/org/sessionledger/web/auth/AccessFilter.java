package org.sessionledger.web.auth;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.reads.ReadRecorder;

/**
 * Applies each route's {@link Access} rule once the route is matched: anonymous visitors who need to log in get 401
 * (API) or the login form (pages), logged-in users without the right 403; a route without a rule is refused (and fails
 * the role matrix test). Reads of session content that are refused are recorded as denied attempts. A user who must
 * change their password may do only that until they have.
 */
public class AccessFilter {

    private final AccessPolicy policy;
    private final Projects projects;
    private final CurrentIdentityAssociation identities;
    private final ReadRecorder reads;

    AccessFilter(AccessPolicy policy, Projects projects, CurrentIdentityAssociation identities, ReadRecorder reads) {
        this.policy = policy;
        this.projects = projects;
        this.identities = identities;
        this.reads = reads;
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Access rule = rule(method);
        String path = request.getUriInfo().getPath();
        if (rule == null) {
            Log.errorf(
                    "Refused %s: %s.%s has no @Access rule",
                    path, method.getDeclaringClass().getSimpleName(), method.getName());
            throw new ForbiddenException("This route has no access rule.");
        }
        SecurityIdentity identity = identities.getIdentity();
        if (!policy.allows(identity, projects.current(), rule.value())) {
            reads.denied(method, request, identity);
            if (identity == null || identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            throw new ForbiddenException(detail(rule.value()));
        }
        Optional<Account> account = Identities.account(identity);
        if (account.filter(Account::mustChangePassword).isPresent()
                && rule.value() != Need.PUBLIC
                && !path.equals("/account/password")) {
            if (Challenges.isApi(path)) {
                return Optional.of(Challenges.forbidden(path, "Change your password first (/account/password).")
                        .toResponse());
            }
            return Optional.of(
                    Response.seeOther(URI.create("/account/password")).build());
        }
        return Optional.empty();
    }

    static Access rule(Method method) {
        Access rule = method.getAnnotation(Access.class);
        return rule != null ? rule : method.getDeclaringClass().getAnnotation(Access.class);
    }

    static String detail(Need need) {
        return switch (need) {
            case READ -> "You are not a member of this project.";
            case WRITE ->
                "Your account may not do this: changing sessions needs the editor or maintainer role in this project.";
            case MAINTAIN -> "Only the project's maintainers may do this.";
            case ADMIN -> "Only admins may do this.";
            default -> "You may not do this.";
        };
    }
}
