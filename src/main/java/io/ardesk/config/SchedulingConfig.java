package io.ardesk.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work outside the engine (the statements run, the letter outbox, the case-change poll),
 * each job once per cluster: it runs on the node that holds its row in the {@code shedlock} table
 * ({@link io.ardesk.ops.OncePerCluster}); the lock times are the database's, so nodes' clocks may differ.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfig {

  @Bean
  LockProvider scheduledJobLocks(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build());
  }
}
