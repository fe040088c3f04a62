package io.ardesk.ledger;

/** What posting a numbered record did: created it, or found it already there with the same content. */
public record Posted<T>(T value, boolean created) {
  public static <T> Posted<T> created(T value) {
    return new Posted<>(value, true);
  }

  public static <T> Posted<T> unchanged(T value) {
    return new Posted<>(value, false);
  }
}
