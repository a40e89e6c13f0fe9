package org.sessionledger.domain.link;

/** Typed edges between sessions, tasks and artifacts. */
public enum LinkType {
    RELATED_TASK,
    PARENT_TASK,
    DEPENDS_ON,
    INPUT_ARTIFACT,
    OUTPUT_ARTIFACT,
    RELATED_ARTIFACT,
    RELATED_DOC,
    TASK_SESSION,
    LOG_MENTION
}
