package org.sessionledger.web.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The login form's post ({@code POST /j_security_check}): the right password opens a server-side login, whose id the
 * login cookie carries.
 */
@ApplicationScoped
class LoginForm {

    static final String POST_LOCATION = "/j_security_check";
    static final String FAILED = Challenges.LOGIN_PAGE + "?error=1";

    private final Logins logins;
    private final String cookieName;

    LoginForm(Logins logins, AuthConfig config) {
        this.logins = logins;
        this.cookieName = config.login().cookieName();
    }

    /** Answers the post itself (the response is ended); the identity is always null: the next request has it. */
    Uni<SecurityIdentity> post(RoutingContext ctx, IdentityProviderManager identities) {
        return form(ctx.request()).onItem().transformToUni(form -> answer(ctx, identities, form));
    }

    private Uni<SecurityIdentity> answer(RoutingContext ctx, IdentityProviderManager identities, MultiMap form) {
        String user = form.get("j_username");
        String password = form.get("j_password");
        if (user == null || user.isBlank() || password == null) {
            redirect(ctx, FAILED);
            return Uni.createFrom().nullItem();
        }
        var request = new UsernamePasswordAuthenticationRequest(user, new PasswordCredential(password.toCharArray()));
        return identities
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx))
                .onItem()
                .transform(identity -> loggedIn(ctx, identity))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(e -> {
                    redirect(ctx, FAILED);
                    return null;
                });
    }

    private SecurityIdentity loggedIn(RoutingContext ctx, SecurityIdentity identity) {
        Cookie previous = ctx.request().getCookie(cookieName);
        if (previous != null) {
            logins.end(previous.getValue());
        }
        Logins.Opened opened = logins.open(identity.getPrincipal().getName());
        ctx.response().addCookie(Challenges.cookie(ctx, cookieName, opened.id()));
        redirect(ctx, "/");
        return null;
    }

    static Cookie expired(RoutingContext ctx, String name) {
        return Challenges.cookie(ctx, name, "").setMaxAge(0);
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response()
                .setStatusCode(302)
                .putHeader("Location", location)
                .putHeader("Cache-Control", "no-store")
                .end();
    }

    private static Uni<MultiMap> form(HttpServerRequest request) {
        request.setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            request.exceptionHandler(emitter::fail);
            request.endHandler(v -> emitter.complete(request.formAttributes()));
            request.resume();
        });
    }
}
