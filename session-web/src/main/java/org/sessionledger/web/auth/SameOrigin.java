package org.sessionledger.web.auth;

import io.vertx.core.http.HttpServerRequest;

/** What a browser's request says about where it comes from. */
final class SameOrigin {

    private SameOrigin() {}

    /** Whether the browser reached us over HTTPS, directly or through a trusted proxy that says so. */
    static boolean secure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
