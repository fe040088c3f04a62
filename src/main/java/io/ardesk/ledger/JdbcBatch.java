package io.ardesk.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with JDBC batches in the caller's transaction, for the import path (entities with
 * identity ids cannot be batched by JPA). Values are bound as JPA binds them here: timestamps in UTC
 * ({@code hibernate.jdbc.time_zone}), enums by name.
 */
public final class JdbcBatch {
  private static final int BATCH_SIZE = 1000;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private JdbcBatch() {}

  /** Runs {@code sql} once per item with the parameters {@code values} gives. */
  public static <T> void update(JdbcTemplate jdbc, String sql, List<T> items, Function<T, Object[]> values) {
    if (items.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(sql, items, BATCH_SIZE, (ps, item) -> bind(ps, values.apply(item)));
  }

  private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof LocalDateTime time) {
        ps.setTimestamp(i + 1, Timestamp.valueOf(time), Calendar.getInstance(UTC));
      } else if (value instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, value);
      }
    }
  }
}
