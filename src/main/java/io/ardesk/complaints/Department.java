package io.ardesk.complaints;

import java.util.Arrays;
import java.util.Optional;

/** The departments step 12 tells about a complaint, so that it does not happen again. */
public enum Department {
  QUALITY("quality"),
  LOGISTICS("logistics"),
  WAREHOUSE("warehouse"),
  AFTER_SALES("after-sales"),
  FINANCE("finance");

  private final String key;

  Department(String key) {
    this.key = key;
  }

  /** The lower-case key used in configuration and forms, e.g. {@code after-sales}. */
  public String key() {
    return key;
  }

  public static Optional<Department> ofKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key) || d.name().equals(key)).findFirst();
  }
}
