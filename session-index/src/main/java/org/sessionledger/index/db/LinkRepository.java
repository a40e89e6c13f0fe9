package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link LinkEntity} rows. */
@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<LinkEntity, String> {}
