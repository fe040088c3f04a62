package io.ardesk.collections;

/** The acting user's groups do not allow this change (answered with 403). */
public class NotPermittedException extends RuntimeException {
  private final String field;

  public NotPermittedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
