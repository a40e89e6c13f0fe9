package org.sessionledger.domain.link;

import java.util.Objects;

/**
 * A directed, typed link.
 *
 * @param type what the link means
 * @param from where it is written
 * @param to what it points at
 * @param resolved whether the target exists in the workspace
 */
public record Link(LinkType type, NodeRef from, NodeRef to, boolean resolved) {

    public Link {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
