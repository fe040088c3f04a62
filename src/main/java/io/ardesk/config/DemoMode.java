package io.ardesk.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether this start creates the demo users and loads the demo data. Decided once, at start, from
 * the database the application actually connects to: the local H2 database turns demo mode on, any
 * other database (PostgreSQL, however it is configured: the {@code postgres} profile or just
 * {@code SPRING_DATASOURCE_URL}) turns it off. {@code ardesk.demo.users} / {@code ardesk.demo.data}
 * ({@code ARDESK_DEMO_USERS}, {@code ARDESK_DEMO_DATA}) override the decision when set.
 */
@Component
public class DemoMode {
  private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

  private final boolean users;
  private final boolean data;

  public DemoMode(ArDeskProperties properties, DataSource dataSource) {
    String url = jdbcUrl(dataSource);
    this.users = decide(properties.demo().users(), url);
    this.data = decide(properties.demo().data(), url);
    if (users || data) {
      log.info("Demo mode on ({}): demo users {}, demo data {}", url, users ? "on" : "off", data ? "on" : "off");
    }
  }

  public boolean users() {
    return users;
  }

  public boolean data() {
    return data;
  }

  /** The explicit setting when there is one; otherwise on only for an H2 database. */
  static boolean decide(Boolean explicit, String jdbcUrl) {
    if (explicit != null) {
      return explicit;
    }
    return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
  }

  private static String jdbcUrl(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database URL to decide on demo mode", e);
    }
  }
}
