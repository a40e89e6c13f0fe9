package org.sessionledger.web.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a request says who it is, in this order: the login form's post, HTTP Basic (for the API and scripts), a
 * personal access token ({@code Authorization: Bearer …}), or the login cookie of a browser, which names a login kept
 * on the server ({@link Logins}; single sign-on ends in such a login too). Password checks go to the users in
 * PostgreSQL ({@link Identities}) and through {@link LoginThrottle}.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    /** The attribute of a cookie login's identity that holds its {@link Logins.Login}. */
    public static final String LOGIN_ATTRIBUTE = Logins.Login.class.getName();

    /** Where single sign-on's code flow begins and ends. */
    static final String SSO_PATH = "/login/oidc";

    private static final String RETRY_AFTER = LoginMechanism.class.getName() + ".retry-after";

    private final Logins logins;
    private final LoginThrottle throttle;
    private final LoginForm form;
    private final String cookieName;

    LoginMechanism(Logins logins, LoginThrottle throttle, LoginForm form, AuthConfig config) {
        this.logins = logins;
        this.throttle = throttle;
        this.form = form;
        this.cookieName = config.login().cookieName();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        if (ctx.normalizedPath().equals(SSO_PATH)) {
            return Uni.createFrom().nullItem();
        }
        if (ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().equals(LoginForm.POST_LOCATION)) {
            return form.post(ctx, identities);
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(ctx, identities, authorization.substring(6).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var request =
                    new TokenAuthenticationRequest(authorization.substring(7).trim());
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx));
        }
        Cookie cookie = ctx.request().getCookie(cookieName);
        return cookie == null ? Uni.createFrom().nullItem() : cookie(ctx, identities, cookie.getValue());
    }

    private Uni<SecurityIdentity> basic(RoutingContext ctx, IdentityProviderManager identities, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
        }
        String user = decoded.substring(0, colon);
        String address = address(ctx);
        Optional<Duration> locked = throttle.lockedFor(user, address);
        if (locked.isPresent()) {
            ctx.put(RETRY_AFTER, locked.get());
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed logins"));
        }
        var request = new UsernamePasswordAuthenticationRequest(
                user, new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        return identities
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx))
                .onFailure(AuthenticationFailedException.class)
                .invoke(() -> throttle.failed(user, address, "basic"));
    }

    private Uni<SecurityIdentity> cookie(RoutingContext ctx, IdentityProviderManager identities, String id) {
        Optional<Logins.Login> login = logins.find(id);
        if (login.isEmpty()) {
            ctx.response().addCookie(LoginForm.expired(ctx, cookieName));
            return Uni.createFrom().nullItem();
        }
        var request = new TrustedAuthenticationRequest(login.get().user());
        return identities
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx))
                .onItem()
                .transform(identity -> (SecurityIdentity) QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(LOGIN_ATTRIBUTE, login.get())
                        .build())
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(e -> {
                    // the user is gone from the identity provider: the login goes too
                    logins.end(id);
                    return null;
                });
    }

    /** Before single sign-on's mechanism, which takes part only on its own path: our challenges answer elsewhere. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        Challenges.Challenge c = challenge(ctx);
        return Uni.createFrom().item(new ChallengeData(c.status(), Map.copyOf(c.headers())));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        if (ctx.normalizedPath().equals(SSO_PATH)) {
            // single sign-on's own path: its mechanism sends the browser to the provider
            return Uni.createFrom().item(Boolean.FALSE);
        }
        Challenges.send(ctx, challenge(ctx));
        return Uni.createFrom().item(Boolean.TRUE);
    }

    private static Challenges.Challenge challenge(RoutingContext ctx) {
        Duration retryAfter = ctx.get(RETRY_AFTER);
        String path = ctx.normalizedPath();
        if (retryAfter != null) {
            return Challenges.locked(path, retryAfter);
        }
        return Challenges.unauthorized(path, ctx.request().getHeader("Authorization") != null);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(
                UsernamePasswordAuthenticationRequest.class,
                TrustedAuthenticationRequest.class,
                TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext ctx) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "basic"));
    }

    /** The client's address: the peer, or the client a trusted proxy forwards for ({@code quarkus.http.proxy.*}). */
    static String address(RoutingContext ctx) {
        SocketAddress peer = ctx.request().remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }
}
