package org.sessionledger.web.db;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A 503 (a write refused while the database that audits it is down, see {@code UnavailableException}) tells the client
 * when to try again: the embedded server is restarted within seconds.
 */
public class RetryAfter {

    static final String SECONDS = "5";

    @ServerResponseFilter
    public void retryAfter(ContainerResponseContext response) {
        if (response.getStatus() == 503 && !response.getHeaders().containsKey("Retry-After")) {
            response.getHeaders().putSingle("Retry-After", SECONDS);
        }
    }
}
