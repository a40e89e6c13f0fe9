package org.sessionledger.index.audit;

import java.time.Instant;

/** A write as the audit trail shows it. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String action,
        String sessionId,
        String file,
        String beforeHash,
        String afterHash,
        String detail) {

    static AuditRecord of(AuditEntity e) {
        return new AuditRecord(e.id, e.at, e.actor, e.action, e.sessionId, e.file, e.beforeHash, e.afterHash, e.detail);
    }
}
