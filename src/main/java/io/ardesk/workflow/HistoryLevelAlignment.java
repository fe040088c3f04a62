package io.ardesk.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A database created at another history level (AR Desk used {@code full} at first, now
 * {@code audit}) takes the configured level at start instead of stopping the engine with "historyLevel
 * mismatch": the level only decides which history rows are written from now on. Logged when it changes.
 */
@Component
public class HistoryLevelAlignment extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(HistoryLevelAlignment.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    int level = configuration.getHistoryLevel().getId();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      Integer stored = storedLevel(connection);
      if (stored != null && stored != level) {
        try (PreparedStatement update = connection.prepareStatement(
            "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'")) {
          update.setString(1, Integer.toString(level));
          update.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        log.warn("History level changed from {} to {} ({}): history rows are written at the new level from now on",
            stored, level, configuration.getHistoryLevel().getName());
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot align the database's history level", e);
    }
  }

  /** The level in the database, or null for a database without engine tables yet. */
  private static Integer storedLevel(Connection connection) throws SQLException {
    boolean tables = false;
    for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
      try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), name,
          null)) {
        tables |= rs.next();
      }
    }
    if (!tables) {
      return null;
    }
    try (PreparedStatement select = connection.prepareStatement(
        "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'"); ResultSet rs = select.executeQuery()) {
      return rs.next() ? Integer.valueOf(rs.getString(1)) : null;
    }
  }
}
