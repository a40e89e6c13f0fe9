package org.sessionledger.web.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.Passwords;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.token.AccessToken;
import org.sessionledger.web.token.TokenStore;

/**
 * Who a request is, from the users in PostgreSQL: a user name and password (login form, HTTP Basic), a login the server
 * holds (the login cookie, single sign-on) or a personal access token. Disabled users are refused however they come.
 * The identity carries the {@link Account} (memberships, admin) and, for a token, the {@link AccessToken} that limits it.
 */
public final class Identities {

    /** The identity's {@link Account}. */
    public static final String ACCOUNT = Account.class.getName();
    /** The {@link AccessToken} a request came with, if it came with one. */
    public static final String TOKEN = AccessToken.class.getName();

    private Identities() {}

    static SecurityIdentity of(Account account, AccessToken token) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.name()))
                .addRole("user")
                .addAttribute(ACCOUNT, account);
        if (account.admin() && (token == null || token.write())) {
            b.addRole("admin");
        }
        if (token != null) {
            b.addAttribute(TOKEN, token);
        }
        return b.build();
    }

    public static Optional<Account> account(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(ACCOUNT));
    }

    private static AuthenticationFailedException failed() {
        return new AuthenticationFailedException("Unknown user, wrong password or disabled account");
    }

    /** User name and password. */
    @ApplicationScoped
    static class PasswordProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        private final UserStore users;
        private final Passwords passwords;

        PasswordProvider(UserStore users, Passwords passwords) {
            this.users = users;
            this.passwords = passwords;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Account a = users.find(request.getUsername())
                        .filter(Account::enabled)
                        .orElse(null);
                String password = new String(request.getPassword().getPassword());
                if (a == null || !passwords.matches(a.name(), password, a.passwordHash())) {
                    throw failed();
                }
                return of(a, null);
            });
        }
    }

    /** A user whose login the server already holds (login cookie) or that single sign-on established. */
    @ApplicationScoped
    static class TrustedProvider implements IdentityProvider<TrustedAuthenticationRequest> {
        private final UserStore users;

        TrustedProvider(UserStore users) {
            this.users = users;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> users.find(request.getPrincipal())
                    .filter(Account::enabled)
                    .map(a -> of(a, null))
                    .orElseThrow(Identities::failed));
        }
    }

    /** A personal access token: unrevoked, unexpired, of an enabled user. */
    @ApplicationScoped
    static class TokenProvider implements IdentityProvider<TokenAuthenticationRequest> {
        private final UserStore users;
        private final TokenStore tokens;

        TokenProvider(UserStore users, TokenStore tokens) {
            this.users = users;
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                AccessToken token = tokens.byValue(request.token())
                        .filter(t -> t.usable(Instant.now()))
                        .orElseThrow(() -> new AuthenticationFailedException("Unknown, revoked or expired token"));
                Account a = users.find(token.user()).filter(Account::enabled).orElseThrow(Identities::failed);
                tokens.used(token);
                return of(a, token);
            });
        }
    }
}
