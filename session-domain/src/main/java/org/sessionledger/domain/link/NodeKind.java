package org.sessionledger.domain.link;

/** The things links connect. */
public enum NodeKind {
    SESSION,
    TASK,
    ARTIFACT
}
