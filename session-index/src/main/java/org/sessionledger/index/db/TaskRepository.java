package org.sessionledger.index.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to {@link TaskEntity} rows. */
@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<TaskEntity, String> {}
