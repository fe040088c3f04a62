package io.ardesk.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production ({@code postgres}) profile without a strong administrator
 * password, before anything touches the database.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

  static final int MINIMUM_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    String password = environment.getProperty("ardesk.admin.password", "");
    if (password.length() < MINIMUM_LENGTH) {
      throw new IllegalStateException(
          "AR Desk refuses to start the 'postgres' profile: ARDESK_ADMIN_PASSWORD must be set to at least "
              + MINIMUM_LENGTH + " characters (it is " + (password.isEmpty() ? "not set" : "too short") + ").");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
