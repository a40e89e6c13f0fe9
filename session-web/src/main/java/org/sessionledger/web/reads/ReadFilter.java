package org.sessionledger.web.reads;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts each answered read of a {@link Recorded} route into the read record (refusals are recorded by the access filter). */
public class ReadFilter {

    private final ReadRecorder recorder;
    private final CurrentIdentityAssociation identities;

    ReadFilter(ReadRecorder recorder, CurrentIdentityAssociation identities) {
        this.recorder = recorder;
        this.identities = identities;
    }

    @ServerResponseFilter
    public void recorded(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource.getResourceMethod() != null && response.getStatus() < 400) {
            recorder.read(resource.getResourceMethod(), request, identities.getIdentity());
        }
    }
}
