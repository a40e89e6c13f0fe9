package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link EntryEntity} rows. */
@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<EntryEntity, String> {}
