package org.sessionledger.web.auth;

import io.quarkus.logging.Log;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * The login form's post ({@code POST /j_security_check}). It must come from our own login page: the same origin, and
 * the token that page put in its form and in a cookie (so no other page can log a browser in as someone else). It is
 * refused while the user name or the address is locked; the right password opens a server-side login, whose id the
 * login cookie carries, and the browser goes back to the page that needed the login.
 */
@ApplicationScoped
class LoginForm {

    static final String POST_LOCATION = "/j_security_check";
    static final String TOKEN_COOKIE = "ledger-login-csrf";
    static final String TOKEN_FIELD = "login-token";
    static final String FAILED = Challenges.LOGIN_PAGE + "?error=1";

    private final Logins logins;
    private final LoginThrottle throttle;
    private final String cookieName;

    LoginForm(Logins logins, LoginThrottle throttle, AuthConfig config) {
        this.logins = logins;
        this.throttle = throttle;
        this.cookieName = config.login().cookieName();
    }

    /** Answers the post itself (the response is ended); the identity is always null: the next request has it. */
    Uni<SecurityIdentity> post(RoutingContext ctx, IdentityProviderManager identities) {
        return form(ctx.request()).onItem().transformToUni(form -> answer(ctx, identities, form));
    }

    private Uni<SecurityIdentity> answer(RoutingContext ctx, IdentityProviderManager identities, MultiMap form) {
        String address = LoginMechanism.address(ctx);
        if (!SameOrigin.test(ctx.request()) || !tokenMatches(ctx, form.get(TOKEN_FIELD))) {
            Log.infof("Login form refused: not posted from this app's login page (from %s)", address);
            page(
                    ctx,
                    403,
                    "Log in from the login page",
                    "This login did not come from the login page of this app, or"
                            + " that page was too old. <a href=\"/login.html\">Log in again</a>.");
            return Uni.createFrom().nullItem();
        }
        String user = form.get("j_username");
        String password = form.get("j_password");
        if (user == null || user.isBlank() || password == null) {
            redirect(ctx, FAILED);
            return Uni.createFrom().nullItem();
        }
        Optional<Duration> locked = throttle.lockedFor(user, address);
        if (locked.isPresent()) {
            Challenges.Challenge c = Challenges.locked(POST_LOCATION, locked.get());
            c.headers().forEach(ctx.response()::putHeader);
            page(ctx, 429, "Too many failed logins", c.problem().detail() + " <a href=\"/login.html\">Log in</a>");
            return Uni.createFrom().nullItem();
        }
        var request = new UsernamePasswordAuthenticationRequest(user, new PasswordCredential(password.toCharArray()));
        return identities
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx))
                .onItem()
                .transform(identity -> loggedIn(ctx, identity, address))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(e -> {
                    throttle.failed(user, address, "form");
                    redirect(ctx, FAILED);
                    return null;
                });
    }

    private SecurityIdentity loggedIn(RoutingContext ctx, SecurityIdentity identity, String address) {
        Cookie previous = ctx.request().getCookie(cookieName);
        if (previous != null) {
            logins.end(previous.getValue());
        }
        Logins.Opened opened = logins.open(identity.getPrincipal().getName());
        Log.infof(
                "Login of user '%s' from %s",
                LoginThrottle.printable(opened.login().user()), address);
        ctx.response().addCookie(Challenges.cookie(ctx, cookieName, opened.id()));
        ctx.response().addCookie(expired(ctx, TOKEN_COOKIE));
        String target = Identities.account(identity)
                        .filter(org.sessionledger.web.account.Account::mustChangePassword)
                        .isPresent()
                ? "/account/password"
                : "/";
        Cookie back = ctx.request().getCookie(Challenges.RETURN_COOKIE);
        if (back != null) {
            ctx.response().addCookie(expired(ctx, Challenges.RETURN_COOKIE));
            String path = URLDecoder.decode(back.getValue(), StandardCharsets.UTF_8);
            if (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && target.equals("/")) {
                target = path;
            }
        }
        redirect(ctx, target);
        return null;
    }

    private static boolean tokenMatches(RoutingContext ctx, String field) {
        Cookie cookie = ctx.request().getCookie(TOKEN_COOKIE);
        return cookie != null
                && field != null
                && !field.isEmpty()
                && MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
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

    /** A small page of its own: answered before the REST layer, so not from the templates. */
    private static void page(RoutingContext ctx, int status, String title, String html) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                        + " · Session Ledger</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
                        + "<main><h1>" + title + "</h1><p>" + html + "</p></main></body></html>");
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
