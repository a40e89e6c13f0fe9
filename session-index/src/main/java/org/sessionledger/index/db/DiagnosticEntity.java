package org.sessionledger.index.db;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A problem found in a file. */
@Entity
@Table(name = "ledger_diagnostic")
public class DiagnosticEntity {
    /** The project the row belongs to. */
    public String project;

    @Id
    public String id;

    public String unit;
    public String file;
    public int line;
    public String severity;
    public String kind;
    public String message;
}
