package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link SessionEntity} rows. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionEntity, String> {}
