package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link DiagnosticEntity} rows. */
@ApplicationScoped
public class DiagnosticRepository implements PanacheRepositoryBase<DiagnosticEntity, String> {}
