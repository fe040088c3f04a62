package io.ardesk.ledger.document;

/** What reduces what the customer owes, or (a reversal) undoes such a reduction. */
public enum CreditKind {
  PAYMENT,
  CREDIT_NOTE,
  WRITE_OFF,
  REVERSAL
}
