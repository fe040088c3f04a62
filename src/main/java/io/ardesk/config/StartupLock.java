package io.ardesk.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One node at a time does the start-up steps that write shared state: seeding groups, users, filters
 * and authorizations, deploying the models, planning process migrations. On PostgreSQL the step runs
 * under a session-level advisory lock ({@code pg_advisory_lock}) on a connection of its own, held for
 * the whole step: the other nodes wait for it and then find the work done. Nothing needs renewing, and
 * a node that dies mid-step frees the lock with its connection. On H2 (one JVM: local mode and tests)
 * a lock per database URL does the same.
 */
@Component
public class StartupLock {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  /** The advisory lock's key: "ARDESK" and 1, the same on every node. */
  static final long KEY = 0x4152_4445_534BL << 8 | 1;
  private static final ConcurrentMap<String, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final DataSource dataSource;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the start-up step holding the lock; waits while another node holds it. */
  public <T> T holding(String step, Supplier<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      long asked = System.nanoTime();
      if (product.contains("postgres")) {
        execute(connection, "select pg_advisory_lock(?)");
        logWait(step, asked);
        try {
          return work.get();
        } finally {
          execute(connection, "select pg_advisory_unlock(?)");
        }
      }
      ReentrantLock lock = IN_THIS_JVM.computeIfAbsent(connection.getMetaData().getURL(), url -> new ReentrantLock());
      lock.lock();
      try {
        logWait(step, asked);
        return work.get();
      } finally {
        lock.unlock();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Start-up step '" + step + "': cannot take the start-up lock", e);
    }
  }

  public void holding(String step, Runnable work) {
    holding(step, () -> {
      work.run();
      return null;
    });
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }

  private static void logWait(String step, long asked) {
    long waitedMs = (System.nanoTime() - asked) / 1_000_000;
    if (waitedMs > 1000) {
      log.info("Start-up step '{}' waited {} ms for another node's start-up step", step, waitedMs);
    }
  }
}
