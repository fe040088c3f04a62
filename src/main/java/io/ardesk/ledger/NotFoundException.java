package io.ardesk.ledger;

/** A customer or document named by its number does not exist. */
public class NotFoundException extends RuntimeException {
  private final String field;

  public NotFoundException(String what, String field, String number) {
    super(what + " " + number + " does not exist");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
