package org.sessionledger.web.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** {@code Authorization: Bearer <personal access token>}. */
public final class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
