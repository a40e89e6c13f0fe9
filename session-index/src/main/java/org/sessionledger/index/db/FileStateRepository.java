package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link FileStateEntity} rows. */
@ApplicationScoped
public class FileStateRepository implements PanacheRepositoryBase<FileStateEntity, String> {}
