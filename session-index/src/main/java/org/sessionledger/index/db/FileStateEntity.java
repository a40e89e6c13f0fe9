package org.sessionledger.index.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a file looked like when it was indexed. */
@Entity
@Table(name = "ledger_file_state")
public class FileStateEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String path;

    public String unit;
    public long size;

    @Column(name = "modified_ms")
    public long modifiedMs;

    @Column(name = "content_hash")
    public String contentHash;
}
