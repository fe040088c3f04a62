package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.ArDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start without a strong administrator password, before touching a database. */
class AdminPasswordGuardTest {

  @Test
  void postgresProfileWithoutAdminPasswordFailsAtStartUpSayingWhy() {
    assertThatThrownBy(() -> start("--ardesk.admin.password="))
        .hasMessageContaining("ARDESK_ADMIN_PASSWORD must be set to at least 12 characters")
        .hasMessageContaining("not set");
  }

  @Test
  void postgresProfileWithShortAdminPasswordFailsAtStartUpSayingWhy() {
    assertThatThrownBy(() -> start("--ardesk.admin.password=elevenchars"))
        .hasMessageContaining("ARDESK_ADMIN_PASSWORD must be set to at least 12 characters")
        .hasMessageContaining("too short");
  }

  private static void start(String passwordArgument) {
    new SpringApplicationBuilder(ArDeskApplication.class).profiles("postgres")
        // a failing start closes its engine: under its own name, so the suite's "default" engine stays registered
        .run("--server.port=0", passwordArgument, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.generate-unique-process-application-name=true", "--spring.jmx.enabled=false")
        .close();
  }
}
