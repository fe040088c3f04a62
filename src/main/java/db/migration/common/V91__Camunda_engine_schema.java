package db.migration.common;

import io.ardesk.config.EngineSchema;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Camunda 7.24 engine tables, from the create scripts inside the camunda-engine jar, when the
 * database has none yet (see {@link EngineSchema}). A later Camunda version comes with its own
 * migration running the jar's {@code db/upgrade/<database>_engine_<from>_to_<to>.sql}.
 */
public class V91__Camunda_engine_schema extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    EngineSchema.createIfAbsent(context);
  }
}
