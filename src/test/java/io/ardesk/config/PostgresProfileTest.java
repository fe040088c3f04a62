package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ardesk.ArDeskApplication;
import io.ardesk.support.Http;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile on a fresh PostgreSQL database: starts, creates the administrator from the
 * environment, and no demo users. Runs in the PostgreSQL pass of CI ({@code -Ppg}).
 */
class PostgresProfileTest {

  static final String DATABASE = "ardesk_profile_check";

  @Test
  void startsOnAFreshDatabaseWithAdministratorAndWithoutDemoUsers() throws Exception {
    assumeTrue("postgresql".equals(System.getProperty("ardesk.test.database")), "PostgreSQL pass only");
    String serverUrl = System.getProperty("spring.datasource.url");
    String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
    try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArDeskApplication.class)
        .profiles("postgres")
        .run("--server.port=0", "--spring.datasource.url=" + base + DATABASE, "--spring.datasource.username=postgres",
            "--spring.datasource.password=", "--ardesk.admin.user=opsadmin",
            "--ardesk.admin.password=A-long-enough-passw0rd", "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.generate-unique-process-application-name=true", "--spring.jmx.enabled=false",
            // the webapps keep their Spring context in a static registry: a second one started here would
            // take it from the shared test context, whose Tasklist then answers 500 once this one closes
            "--camunda.bpm.webapp.enabled=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().checkPassword("opsadmin", "A-long-enough-passw0rd")).isTrue();
      assertThat(engine.getIdentityService().createUserQuery().count()).isOne();
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(new Http(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
      assertThat(new Http(port).as("opsadmin", "A-long-enough-passw0rd").get("/api/me").statusCode()).isEqualTo(200);
    }
  }

  /**
   * PostgreSQL through nothing but the datasource URL (no {@code postgres} profile): demo mode is off
   * all the same, so no demo user with a password from the README exists.
   */
  @Test
  void aPostgresUrlWithoutTheProfileCreatesNoDemoUsersAndNoDemoData() throws Exception {
    assumeTrue("postgresql".equals(System.getProperty("ardesk.test.database")), "PostgreSQL pass only");
    String database = "ardesk_plain_url_check";
    String serverUrl = System.getProperty("spring.datasource.url");
    String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
    try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database);
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArDeskApplication.class)
        .run("--server.port=0", "--spring.datasource.url=" + base + database, "--spring.datasource.username=postgres",
            "--spring.datasource.password=", "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.generate-unique-process-application-name=true",
            "--camunda.bpm.webapp.enabled=false", "--spring.jmx.enabled=false")) {
      assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
      DemoMode demo = app.getBean(DemoMode.class);
      assertThat(demo.users()).isFalse();
      assertThat(demo.data()).isFalse();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().userIdIn("lily", "frank", "carol", "steve", "olivia")
          .count()).isZero();
      assertThat(engine.getIdentityService().createUserQuery().count()).as("the administrator only").isOne();
    }
  }
}
