package io.ardesk.ledger.document;

/** What the customer owes: an invoice (帳單) or a charge (debit note: penalty interest, penalty). */
public enum InvoiceKind {
  INVOICE,
  CHARGE
}
