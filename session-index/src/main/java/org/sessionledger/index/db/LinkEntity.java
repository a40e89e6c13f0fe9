package org.sessionledger.index.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A typed link between sessions, tasks and artifacts. */
@Entity
@Table(name = "ledger_link")
public class LinkEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String type;

    @Column(name = "from_kind")
    public String fromKind;

    @Column(name = "from_key")
    public String fromKey;

    @Column(name = "to_kind")
    public String toKind;

    @Column(name = "to_key")
    public String toKey;

    public boolean resolved;
}
