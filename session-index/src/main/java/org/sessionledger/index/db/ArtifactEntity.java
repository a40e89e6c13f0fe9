package org.sessionledger.index.db;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a session's artifact tree. */
@Entity
@Table(name = "ledger_artifact")
public class ArtifactEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String unit;
    public String path;
    public String category;
    public String title;
    public long size;
    public boolean scaffold;
}
