package org.sessionledger.index.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A log entry of a session or a task. */
@Entity
@Table(name = "ledger_entry")
public class EntryEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String unit;
    public int seq;
    public int line;

    @Column(name = "at_text")
    public String atText;

    public Instant at;
    public String actor;
    public String kind;
    public String text;

    @Column(columnDefinition = "text[]")
    public String[] mentions;

    /** The line of the text's first line (null in rows written before it was recorded: the entry's line). */
    @Column(name = "text_line")
    public Integer textLine;
}
