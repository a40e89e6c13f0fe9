package org.sessionledger.web.auth;

import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;

/**
 * Whether a request comes from one of our own pages, by what the browser says about it: {@code Sec-Fetch-Site}
 * (which pages cannot set), else {@code Origin}. A page on another port of this host is the same <em>site</em> (it
 * gets our cookies) but not the same <em>origin</em>, and is refused. Requests with neither header (command-line
 * clients, very old browsers) pass; tokens decide for them.
 */
final class SameOrigin {

    private SameOrigin() {}

    static boolean test(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin == null || origin.equalsIgnoreCase(own(request));
    }

    /** This request's own origin as a browser writes it: scheme (as forwarded by a trusted proxy) and Host. */
    static String own(HttpServerRequest request) {
        String scheme = request.isSSL() ? "https" : request.scheme();
        String host = request.getHeader("Host");
        if (host == null) {
            return "";
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && lower.endsWith(":443")) {
            lower = lower.substring(0, lower.length() - 4);
        } else if (scheme.equals("http") && lower.endsWith(":80")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        return scheme + "://" + lower;
    }

    /** Whether the browser reached us over HTTPS, directly or through a trusted proxy that says so. */
    static boolean secure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
