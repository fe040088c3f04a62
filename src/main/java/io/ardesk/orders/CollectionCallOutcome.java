package io.ardesk.orders;

/** What the collector heard when collecting on the due date (到時準時收取). */
public enum CollectionCallOutcome {
  /** The customer says the payment is on its way. */
  PAYMENT_SENT,
  /** The customer pays today as agreed. */
  PAYS_TODAY,
  /** The customer asks for more time. */
  ASKS_FOR_TIME,
  /** The customer disputes the invoice. */
  DISPUTES,
  NO_CONTACT
}
