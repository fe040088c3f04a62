package io.ardesk.ledger.document;

/** How a payment arrived (docs/domain.md §4). */
public enum PaymentMethod {
  TRANSFER,
  CHEQUE,
  CASH,
  BILL
}
