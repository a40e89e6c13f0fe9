package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link ArtifactEntity} rows. */
@ApplicationScoped
public class ArtifactRepository implements PanacheRepositoryBase<ArtifactEntity, String> {}
