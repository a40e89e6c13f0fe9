package org.sessionledger.domain.trace;

import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;

/** A link that leads nowhere, or a cycle of parent tasks. */
public record BrokenLink(Problem problem, LinkType type, NodeRef from, NodeRef to, String message) {

    /** What is wrong. */
    public enum Problem {
        DANGLING_TASK,
        MISSING_FILE,
        PARENT_CYCLE
    }
}
