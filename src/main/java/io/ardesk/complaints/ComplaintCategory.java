package io.ardesk.complaints;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a complaint comes from: the deck's dispute sources (docs/domain.md §10), plus billing. */
public enum ComplaintCategory {
  QUALITY("quality"),
  QUANTITY("quantity"),
  DELIVERY_TIME("delivery time"),
  DELIVERY_PROCESS("delivery process"),
  STOCK("stock"),
  SHIPPING_DOCUMENTS("shipping documents"),
  AFTER_SALES_SERVICE("after-sales service"),
  BILLING("billing");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads {@code DELIVERY_TIME}, {@code delivery_time}, {@code delivery-time} or {@code delivery time}. */
  public static Optional<ComplaintCategory> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
  }
}
