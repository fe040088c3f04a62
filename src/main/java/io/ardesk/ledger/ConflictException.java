package io.ardesk.ledger;

/** The request contradicts what the ledger already holds (same number, other content; twice reversed). */
public class ConflictException extends RuntimeException {
  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
