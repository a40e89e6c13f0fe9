package org.sessionledger.index.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A session's metadata, mirrored from its session_log.md front matter. */
@Entity
@Table(name = "ledger_session")
public class SessionEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String unit;

    @Column(name = "session_id")
    public String sessionId;

    public String directory;

    @Column(name = "declared_id")
    public String declaredId;

    public String title;
    public String status;

    @Column(name = "status_text")
    public String statusText;

    @Column(name = "start_text")
    public String startText;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_text")
    public String endText;

    @Column(name = "end_at")
    public Instant endAt;

    public String coordinator;

    @Column(name = "related_tasks", columnDefinition = "text[]")
    public String[] relatedTasks;

    @Column(name = "related_artifacts", columnDefinition = "text[]")
    public String[] relatedArtifacts;

    @Column(columnDefinition = "text[]")
    public String[] tags;

    @Column(name = "extra_keys", columnDefinition = "text[]")
    public String[] extraKeys;

    @Column(name = "extra_values", columnDefinition = "text[]")
    public String[] extraValues;
}
