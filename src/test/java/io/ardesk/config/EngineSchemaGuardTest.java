package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The engine refuses a schema of another version (the engine's own check only looks for tables), and
 * the 7.24.0 create scripts V91 runs are the committed ones, unchanged.
 */
class EngineSchemaGuardTest {

  static DriverManagerDataSource databaseSaying(String name, String... versions) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("create table ACT_GE_SCHEMA_LOG (ID_ varchar(64) primary key, TIMESTAMP_ timestamp, VERSION_ varchar(255))");
    for (int i = 0; i < versions.length; i++) {
      jdbc.update("insert into ACT_GE_SCHEMA_LOG values (?, current_timestamp, ?)", String.valueOf(i * 100), versions[i]);
    }
    return dataSource;
  }

  @Test
  void aDatabaseThatSays7_23_0IsRefusedNamingBothVersionsAndTheScript() {
    assertThatThrownBy(() -> EngineSchemaGuard.check(databaseSaying("guard-7230", "7.23.0"), "7.24.0"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessage("The database's Camunda engine schema is 7.23.0 (ACT_GE_SCHEMA_LOG) but this node's engine is "
            + "7.24.0: upgrade the schema first with org/camunda/bpm/engine/db/upgrade/h2_engine_7.23_to_7.24.sql "
            + "from camunda-engine-7.24.0.jar, each as a Flyway migration of its own (docs/operations.md, "
            + "\"Upgrading Camunda\")");
  }

  @Test
  void theSameVersionStartsAndAnUpgradedDatabaseSaysItsNewestVersion() {
    assertThatCode(() -> EngineSchemaGuard.check(databaseSaying("guard-7240", "7.24.0"), "7.24.0"))
        .doesNotThrowAnyException();
    assertThatCode(() -> EngineSchemaGuard.check(databaseSaying("guard-upgraded", "7.22.0", "7.23.0", "7.24.0"),
        "7.24.0")).doesNotThrowAnyException();
    assertThat(EngineSchemaGuard.engineVersion()).isEqualTo(EngineSchema.FROZEN_VERSION);
  }

  @Test
  void aNewerSchemaThanTheEngineIsRefusedToo() {
    assertThatThrownBy(() -> EngineSchemaGuard.check(databaseSaying("guard-7250", "7.25.0"), "7.24.0"))
        .hasMessageContaining("7.25.0").hasMessageContaining("newer than this node's engine 7.24.0");
  }

  @Test
  void twoMinorStepsNameBothScriptsInOrder() {
    assertThat(EngineSchemaGuard.upgradeScripts("postgres", "7.22.0", "7.24.0")).isEqualTo(
        "org/camunda/bpm/engine/db/upgrade/postgres_engine_7.22_to_7.23.sql, then "
            + "org/camunda/bpm/engine/db/upgrade/postgres_engine_7.23_to_7.24.sql");
  }

  @Test
  void theCommittedCreateScriptsAreUnchanged() throws Exception {
    String sums = new ClassPathResource("db/camunda/7.24.0/SHA256SUMS").getContentAsString(StandardCharsets.UTF_8);
    int files = 0;
    for (String line : sums.strip().split("\n")) {
      String[] sumAndFile = line.split("\\s+");
      try (InputStream script = new ClassPathResource("db/camunda/7.24.0/" + sumAndFile[1]).getInputStream()) {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.readAllBytes()));
        assertThat(sha).as(sumAndFile[1]).isEqualTo(sumAndFile[0]);
      }
      files++;
    }
    assertThat(files).as("seven components for each of postgres and h2").isEqualTo(14);
  }
}
