package io.ardesk.ledger;

/** A second person's decision refused: not a supervisor, the requester itself, or nothing left to decide. */
public class ApprovalRefusedException extends RuntimeException {
  private final String field;

  public ApprovalRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
