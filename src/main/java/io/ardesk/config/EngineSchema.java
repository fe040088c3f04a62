package io.ardesk.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The Camunda engine's tables under Flyway (docs/operations.md, schema): the 7.24.0 create scripts,
 * <b>committed</b> under {@code db/camunda/7.24.0/<database>/} (copied from camunda-engine-7.24.0.jar,
 * pinned by {@code SHA256SUMS}) and run by the Flyway migration {@code V91}, so a fresh database gets
 * the same schema whatever engine jar is on the classpath, and the {@code postgres} profile starts the
 * engine with {@code camunda.bpm.database.schema-update: false}. A database whose engine tables exist
 * already is left alone. A later engine version comes with its upgrade script as a migration of its
 * own; {@link EngineSchemaGuard} refuses to start an engine on a schema of another version.
 */
public final class EngineSchema {
  private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);

  /** The engine's create scripts in the order the engine runs them itself. */
  static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  /** The engine version whose create scripts V91 runs: frozen, whatever jar is on the classpath. */
  public static final String FROZEN_VERSION = "7.24.0";

  private EngineSchema() {}

  /** Creates the engine's tables of the pinned version unless {@code ACT_GE_PROPERTY} exists. */
  public static void createIfAbsent(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = camundaDatabaseType(connection.getMetaData());
    if (database == null) {
      log.warn("No Camunda create scripts for {}: the engine creates its tables itself (schema-update: true)",
          connection.getMetaData().getDatabaseProductName());
      return;
    }
    if (tableExists(connection, "ACT_GE_PROPERTY")) {
      log.info("Camunda engine tables exist already; nothing to create");
      return;
    }
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource(
          "db/camunda/" + FROZEN_VERSION + "/" + database + "/activiti." + database + ".create." + component + ".sql"));
    }
    log.info("Camunda engine tables created for {} from the committed create scripts of engine {}", database,
        FROZEN_VERSION);
  }

  /** Camunda's name for the database (the scripts' infix), or null for one AR Desk does not ship scripts for. */
  static String camundaDatabaseType(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.equals("h2")) {
      return "h2";
    }
    return null;
  }

  static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
