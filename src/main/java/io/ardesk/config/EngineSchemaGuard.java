package io.ardesk.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an engine on a schema of another version: the database's version is the newest in
 * {@code ACT_GE_SCHEMA_LOG} (the create script writes 7.24.0, each upgrade script its own). The engine's
 * own check only looks for tables, so with {@code schema-update: false} a 7.24 engine would otherwise
 * run on a 7.23 schema. The message names both versions and the upgrade script to run as a Flyway
 * migration of its own (docs/operations.md, "Upgrading Camunda").
 */
@Component
public class EngineSchemaGuard extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(EngineSchemaGuard.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    check(configuration.getDataSource(), engineVersion());
  }

  /** The engine's version without edition or snapshot suffix (7.24.0). */
  static String engineVersion() {
    return withoutSuffix(ProductPropertiesUtil.getProductVersion());
  }

  /** Throws when the database's engine schema is not {@code engineVersion}; a database without engine tables passes. */
  public static void check(DataSource dataSource, String engineVersion) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> schema = schemaVersion(connection);
      if (schema.isEmpty() || schema.get().equals(engineVersion)) {
        schema.ifPresent(version -> log.debug("Engine schema {} matches the engine", version));
        return;
      }
      String database = EngineSchema.camundaDatabaseType(connection.getMetaData());
      String db = database == null ? "<database>" : database;
      if (compare(schema.get(), engineVersion) > 0) {
        throw new ProcessEngineException("The database's Camunda engine schema is " + schema.get()
            + " (ACT_GE_SCHEMA_LOG), newer than this node's engine " + engineVersion
            + ": run the AR Desk release made for engine " + schema.get() + "; an engine never runs on a newer schema");
      }
      throw new ProcessEngineException("The database's Camunda engine schema is " + schema.get()
          + " (ACT_GE_SCHEMA_LOG) but this node's engine is " + engineVersion + ": upgrade the schema first with "
          + upgradeScripts(db, schema.get(), engineVersion) + " from camunda-engine-" + engineVersion
          + ".jar, each as a Flyway migration of its own (docs/operations.md, \"Upgrading Camunda\")");
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot read the engine schema's version (ACT_GE_SCHEMA_LOG)", e);
    }
  }

  /** The script(s) from the schema's minor to the engine's: one per minor step; a patch has its own. */
  static String upgradeScripts(String database, String from, String to) {
    int[] a = parts(from);
    int[] b = parts(to);
    String prefix = "org/camunda/bpm/engine/db/upgrade/" + database + "_engine_";
    if (a[0] == b[0] && a[1] == b[1]) {
      return prefix + a[0] + "." + a[1] + "_patch_" + from + "_to_" + to + ".sql (if the patch has one)";
    }
    List<String> scripts = new ArrayList<>();
    for (int minor = a[1]; a[0] == b[0] && minor < b[1]; minor++) {
      scripts.add(prefix + a[0] + "." + minor + "_to_" + a[0] + "." + (minor + 1) + ".sql");
    }
    return scripts.isEmpty() ? prefix + a[0] + "." + a[1] + "_to_" + b[0] + "." + b[1] + ".sql"
        : String.join(", then ", scripts);
  }

  /** The newest version in ACT_GE_SCHEMA_LOG; empty when the engine's tables are not there. */
  static Optional<String> schemaVersion(Connection connection) throws SQLException {
    if (!EngineSchema.tableExists(connection, "ACT_GE_SCHEMA_LOG")) {
      return Optional.empty();
    }
    String newest = null;
    try (PreparedStatement select = connection.prepareStatement("select VERSION_ from ACT_GE_SCHEMA_LOG");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        String version = withoutSuffix(rs.getString(1));
        if (version != null && (newest == null || compare(version, newest) > 0)) {
          newest = version;
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  private static String withoutSuffix(String version) {
    if (version == null) {
      return null;
    }
    int dash = version.indexOf('-');
    return (dash < 0 ? version : version.substring(0, dash)).strip();
  }

  static int compare(String a, String b) {
    int[] left = parts(a);
    int[] right = parts(b);
    for (int i = 0; i < 3; i++) {
      if (left[i] != right[i]) {
        return Integer.compare(left[i], right[i]);
      }
    }
    return 0;
  }

  private static int[] parts(String version) {
    String[] split = version.split("\\.");
    int[] parts = new int[3];
    for (int i = 0; i < 3 && i < split.length; i++) {
      try {
        parts[i] = Integer.parseInt(split[i]);
      } catch (NumberFormatException e) {
        parts[i] = 0;
      }
    }
    return parts;
  }
}
