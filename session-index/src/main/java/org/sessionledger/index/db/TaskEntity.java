package org.sessionledger.index.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An MDTM task file's metadata. */
@Entity
@Table(name = "ledger_task")
public class TaskEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String unit;

    @Column(name = "task_id")
    public String taskId;

    public String path;
    public String shape;
    public String title;
    public String status;

    @Column(name = "status_text")
    public String statusText;

    public String type;
    public String priority;
    public String assignee;
    public String coordinator;
    public String parent;

    @Column(name = "depends_on", columnDefinition = "text[]")
    public String[] dependsOn;

    @Column(name = "input_artifacts", columnDefinition = "text[]")
    public String[] inputArtifacts;

    @Column(name = "output_artifacts", columnDefinition = "text[]")
    public String[] outputArtifacts;

    @Column(name = "related_docs", columnDefinition = "text[]")
    public String[] relatedDocs;

    @Column(columnDefinition = "text[]")
    public String[] tags;

    @Column(name = "session_ref")
    public String sessionRef;

    @Column(name = "created_text")
    public String createdText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_text")
    public String updatedText;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "checklist_done")
    public int checklistDone;

    @Column(name = "checklist_total")
    public int checklistTotal;

    /** Boxes in progress ({@code [~]}); null in rows written before they were counted. */
    @Column(name = "checklist_partial")
    public Integer checklistPartial;
}
