package org.sessionledger.domain.session;

/** What a log entry records, recognised from the standard phrasings. */
public enum EntryKind {
    INITIATED,
    ARTIFACT_CREATED,
    DELEGATED,
    RESULT,
    STATUS_CHANGE,
    HANDOFF,
    OTHER
}
