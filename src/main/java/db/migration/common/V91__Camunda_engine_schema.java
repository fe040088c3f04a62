package db.migration.common;

import io.ardesk.config.EngineSchema;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Camunda 7.24.0 engine tables, from the create scripts committed under {@code db/camunda/7.24.0/}
 * (no longer read from the engine jar at run time), when the database has none yet (see
 * {@link EngineSchema}). A later Camunda version comes with its own migration running its upgrade
 * script, committed the same way.
 *
 * <p>Flyway stores no checksum for a Java migration (this class does not override {@code getChecksum()},
 * and must not: databases migrated before record {@code null}, and a checksum now would fail their
 * validation). What V91 runs is pinned instead by the scripts' {@code SHA256SUMS}, checked by a test.
 */
public class V91__Camunda_engine_schema extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    EngineSchema.createIfAbsent(context);
  }
}
