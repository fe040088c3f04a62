package io.ardesk.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production ({@code postgres}) profile without a strong administrator
 * password (12+ characters, upper and lower case, a digit, a special character), before anything
 * touches the database.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

  static final int MINIMUM_LENGTH = 12;
  /** The special characters of Camunda's password policy. */
  static final String SPECIAL_CHARACTERS = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

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
    if (!mixed(password)) {
      throw new IllegalStateException(
          "AR Desk refuses to start the 'postgres' profile: ARDESK_ADMIN_PASSWORD must contain an upper-case and "
              + "a lower-case letter, a digit and a special character (Camunda's password policy).");
    }
  }

  /** Upper and lower case, a digit and a special character, as Camunda's default password policy wants. */
  static boolean mixed(String password) {
    return password.chars().anyMatch(Character::isUpperCase) && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(c -> SPECIAL_CHARACTERS.indexOf(c) >= 0);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
