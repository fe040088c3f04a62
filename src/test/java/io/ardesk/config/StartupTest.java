package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ArDeskApplication;
import io.ardesk.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@IntegrationTest
class StartupTest {

  @Autowired
  ProcessEngine engine;

  @Value("${spring.datasource.url}")
  String datasourceUrl;

  @Test
  void seedsGroupsFiltersAdministratorAndDemoUsers() {
    assertThat(engine.getIdentityService().createGroupQuery()
        .groupIdIn("sales", "finance", "credit", "supervisor", "process-owner", "camunda-admin").count()).isEqualTo(6);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("credit").userId("carol").count()).isOne();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("admin").count())
        .isOne();
    assertThat(engine.getFilterService().createFilterQuery().list())
        .extracting(f -> f.getName())
        .contains("My tasks", "Sales — open", "Finance — open", "Credit — open", "Supervisor — open");
  }

  @Test
  void startingAgainOnTheSameDatabaseSeedsNothingTwice() {
    long[] before = counts(engine);
    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ArDeskApplication.class)
        .profiles("test")
        .run("--server.port=0", "--spring.datasource.url=" + datasourceUrl,
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.generate-unique-process-application-name=true",
            // the webapps keep static state; a second set would leave the suite's Tasklist broken when closed
            "--camunda.bpm.webapp.enabled=false",
            "--spring.jmx.enabled=false")) {
      assertThat(counts(second.getBean(ProcessEngine.class))).containsExactly(before);
    }
    assertThat(counts(engine)).containsExactly(before);
  }

  private static long[] counts(ProcessEngine engine) {
    return new long[] {
      engine.getIdentityService().createUserQuery().count(),
      engine.getIdentityService().createGroupQuery().count(),
      engine.getIdentityService().createTenantQuery().count(),
      engine.getAuthorizationService().createAuthorizationQuery().count(),
      engine.getFilterService().createFilterQuery().count(),
      engine.getRepositoryService().createDeploymentQuery().count()
    };
  }
}
