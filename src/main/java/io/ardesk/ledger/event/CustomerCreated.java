package io.ardesk.ledger.event;

/**
 * A customer was opened, with the credit grade it was given (null when none), through a CSV import
 * ({@code imported}) or one at a time (the API, a form).
 */
public record CustomerCreated(String customerNo, String name, String grade, boolean imported) {

  /** A customer opened one at a time, without a grade. */
  public CustomerCreated(String customerNo, String name) {
    this(customerNo, name, null, false);
  }
}
