package org.sessionledger.index.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write to the files. */
@Entity
@Table(name = "ledger_audit")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public String actor;
    public String action;

    @Column(name = "session_id")
    public String sessionId;

    public String file;

    @Column(name = "before_hash")
    public String beforeHash;

    @Column(name = "after_hash")
    public String afterHash;

    public String detail;

    /** The project whose files were written (empty for writes made before projects). */
    public String project;
}
