package org.sessionledger.index.audit;

import java.time.Instant;

/** A write as the audit trail shows it; {@code project} names the project whose files it changed. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String action,
        String sessionId,
        String file,
        String beforeHash,
        String afterHash,
        String detail,
        String project) {

    /** A write in the default project's files, or before there were projects. */
    public AuditRecord(
            long id,
            Instant at,
            String actor,
            String action,
            String sessionId,
            String file,
            String beforeHash,
            String afterHash,
            String detail) {
        this(id, at, actor, action, sessionId, file, beforeHash, afterHash, detail, "");
    }

    static AuditRecord of(AuditEntity e) {
        return new AuditRecord(
                e.id,
                e.at,
                e.actor,
                e.action,
                e.sessionId,
                e.file,
                e.beforeHash,
                e.afterHash,
                e.detail,
                e.project == null ? "" : e.project);
    }
}
