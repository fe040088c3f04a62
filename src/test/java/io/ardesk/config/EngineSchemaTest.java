package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ardesk.ArDeskApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's schema under Flyway: on an empty database the application starts with
 * {@code schema-update: false} (the {@code postgres} profile's setting), because Flyway's
 * {@code V91__Camunda_engine_schema} created the engine's tables from the camunda-engine jar's scripts.
 */
class EngineSchemaTest {

  @Test
  void thePostgresProfileStartsOnAnEmptyPostgresDatabaseWithTheEngineSchemaFromFlyway() throws Exception {
    assumeTrue("postgresql".equals(System.getProperty("ardesk.test.database")), "PostgreSQL pass only");
    String database = "ardesk_engine_schema_check";
    String serverUrl = System.getProperty("spring.datasource.url");
    String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
    try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database);
    }
    try (ConfigurableApplicationContext app = start("postgres", base + database, "postgres")) {
      assertEngineSchemaFromFlyway(app);
    }
  }

  @Test
  void anEmptyH2DatabaseGetsTheSameSchemaFromFlywayToo() {
    try (ConfigurableApplicationContext app = start(null,
        "jdbc:h2:mem:ardesk-engine-schema-check;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa",
        "--camunda.bpm.database.schema-update=false", "--ardesk.admin.password=A-long-enough-passw0rd")) {
      assertEngineSchemaFromFlyway(app);
    }
  }

  private static void assertEngineSchemaFromFlyway(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
        .isEqualTo("false");
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForObject("select \"success\" from \"ardesk_schema_history\" where \"version\" = '91'", Boolean.class))
        .isTrue();
    assertThat(jdbc.queryForObject("select version_ from ACT_GE_SCHEMA_LOG where id_ = '0'", String.class))
        .isEqualTo("7.24.0");
    for (String table : List.of("ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RE_CASE_DEF", "ACT_HI_CASEINST",
        "ACT_RE_DECISION_DEF", "ACT_HI_DECINST")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where 1 = 0", Integer.class))
          .as(table).isZero();
    }
    // the engine works on it: the processes are deployed
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("collection-case")
        .count()).isOne();
  }

  private static ConfigurableApplicationContext start(String profile, String url, String user, String... more) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--spring.datasource.password=", "--ardesk.admin.user=opsadmin",
        "--ardesk.admin.password=A-long-enough-passw0rd", "--ardesk.demo.users=false", "--ardesk.demo.data=false",
        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true", "--camunda.bpm.webapp.enabled=false",
        "--spring.jmx.enabled=false"));
    args.addAll(List.of(more));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(ArDeskApplication.class);
    if (profile != null) {
      builder.profiles(profile);
    }
    return builder.run(args.toArray(String[]::new));
  }
}
