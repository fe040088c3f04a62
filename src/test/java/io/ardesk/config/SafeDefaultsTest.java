package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Safe defaults: demo users only in demo mode, decided from the database actually used;
 * Camunda's password policy on, and the demo users' passwords satisfying it.
 */
@IntegrationTest
class SafeDefaultsTest {
  @Autowired ProcessEngine engine;
  @Autowired Environment environment;

  @Test
  void demoModeFollowsTheDatabaseUnlessSetExplicitly() {
    assertThat(DemoMode.decide(null, "jdbc:h2:file:./data/ardesk")).isTrue();
    assertThat(DemoMode.decide(null, "jdbc:h2:mem:ardesk-test")).isTrue();
    assertThat(DemoMode.decide(null, "jdbc:postgresql://db:5432/ardesk")).isFalse();
    assertThat(DemoMode.decide(null, "JDBC:POSTGRESQL://db/ardesk")).isFalse();
    assertThat(DemoMode.decide(null, "jdbc:sqlserver://db")).isFalse();
    assertThat(DemoMode.decide(null, null)).isFalse();
    assertThat(DemoMode.decide(true, "jdbc:postgresql://db:5432/ardesk")).isTrue();
    assertThat(DemoMode.decide(false, "jdbc:h2:file:./data/ardesk")).isFalse();
  }

  @Test
  void thePasswordPolicyIsOnAndTheDemoPasswordsSatisfyIt() {
    assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();
    var identity = engine.getIdentityService();
    for (IdentitySeeding.DemoUser demo : IdentitySeeding.DEMO_USERS) {
      User user = identity.createUserQuery().userId(demo.id()).singleResult();
      assertThat(identity.checkPasswordAgainstPolicy(demo.password(), user).isValid())
          .as(demo.id() + "'s password").isTrue();
      assertThat(identity.checkPassword(demo.id(), demo.password())).isTrue();
    }
    User weak = identity.newUser("weak-password-user");
    weak.setPassword("ardesk-weak");
    assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    assertThat(identity.createUserQuery().userId("weak-password-user").count()).isZero();
  }

  @Test
  void aTerminatedApplicationStopsWithinThirtySeconds() {
    // SIGTERM: no new requests, those in flight get 20 s, then every bean stops (no non-daemon threads of ours)
    assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
    assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class))
        .isLessThanOrEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void thePostgresProfileRefusesAnAdminPasswordThePolicyWouldRefuse() {
    assertThat(AdminPasswordGuard.mixed("Choose-12-or-more!")).isTrue();
    assertThat(AdminPasswordGuard.mixed("a-long-enough-password")).isFalse();
    assertThat(AdminPasswordGuard.mixed("NoDigitsHere-!")).isFalse();
  }
}
