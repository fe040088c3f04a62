package io.ardesk.config;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates under the {@link StartupLock}, like the other start-up steps that write shared state.
 * Flyway's own lock is taken only once its history table exists, so two nodes starting together on an
 * empty database could both create it: the second then found it "already exists, and is empty" and
 * refused to baseline, and that node did not start (seen in {@code TwoNodesStartTogetherTest}).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationUnderStartupLock {

  @Bean
  FlywayMigrationStrategy migrateUnderStartupLock(StartupLock startupLock) {
    return flyway -> startupLock.holding("schema migration", () -> {
      flyway.migrate();
    });
  }
}
