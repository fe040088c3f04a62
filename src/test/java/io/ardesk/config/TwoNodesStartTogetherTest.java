package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ardesk.ArDeskApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database both come up: Flyway, seeding,
 * deployment and migration planning wait for each other ({@link StartupLock}), and everything is
 * seeded and deployed once. PostgreSQL pass only ({@code -Ppg}): H2 in memory is one JVM's database.
 */
class TwoNodesStartTogetherTest {
  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpAndSeedOnce() throws Exception {
    String url = System.getProperty("spring.datasource.url", "");
    assumeTrue(url.startsWith("jdbc:postgresql:"), "PostgreSQL pass only (-Ppg)");
    String user = System.getProperty("spring.datasource.username", "postgres");
    String server = url.substring(0, url.lastIndexOf('/') + 1);
    String database = "ardesk_two_nodes_" + ProcessHandle.current().pid();
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database);
    }
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    // Two nodes in one JVM share one logback context. Spring Boot's logging system, set up by each node
    // at once, takes the Environment out of that context while the other node's log lines still look
    // it up ("Unable to find Spring Environment in logger context"). Separate JVMs do not share it, so
    // the nodes here leave logging as the test JVM set it up.
    String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        starting.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return new SpringApplicationBuilder(ArDeskApplication.class).profiles("test")
              .run("--server.port=0", "--spring.datasource.url=" + server + database,
                  "--spring.datasource.username=" + user,
                  "--camunda.bpm.generate-unique-process-engine-name=true",
                  "--camunda.bpm.generate-unique-process-application-name=true",
                  "--camunda.bpm.webapp.enabled=false", "--spring.jmx.enabled=false");
        }));
      }
      start.countDown();
      Throwable failure = null;
      for (CompletableFuture<ConfigurableApplicationContext> node : starting) {
        try {
          nodes.add(node.get(10, TimeUnit.MINUTES));
        } catch (Exception e) {
          failure = failure == null ? e : failure;
        }
      }
      assertThat(failure).as("both nodes start").isNull();

      ProcessEngine first = nodes.get(0).getBean(ProcessEngine.class);
      ProcessEngine second = nodes.get(1).getBean(ProcessEngine.class);
      assertThat(first.getIdentityService().createGroupQuery().groupId("credit").count()).isOne();
      assertThat(first.getIdentityService().createUserQuery().userId("admin").count()).isOne();
      assertThat(first.getFilterService().createFilterQuery().filterName("My tasks").count()).isOne();
      // one deployment per model group, one version per process: the second node deployed nothing
      long deployments = first.getRepositoryService().createDeploymentQuery().count();
      assertThat(first.getRepositoryService().createDeploymentQuery().list())
          .extracting(d -> d.getName()).doesNotHaveDuplicates();
      assertThat(first.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("collection-case")
          .count()).isOne();
      assertThat(second.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    } finally {
      if (loggingSystem == null) {
        System.clearProperty(LOGGING_SYSTEM);
      } else {
        System.setProperty(LOGGING_SYSTEM, loggingSystem);
      }
      nodes.forEach(ConfigurableApplicationContext::close);
      try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
          Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
    }
  }
}
