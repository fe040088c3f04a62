package io.ardesk.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of solution agreed with the customer; it is the complaint's outcome once the customer is satisfied. */
public enum SolutionKind {
  REPLACE_GOODS,
  REPAIR,
  REDELIVER,
  CREDIT_NOTE,
  CORRECT_DOCUMENTS,
  EXPLANATION,
  OTHER;

  public static Optional<SolutionKind> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
