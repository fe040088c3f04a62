package io.ardesk.orders;

import java.util.Set;

/** Where an order stands, from its receipt to its payment (docs/domain.md §7, docs/processes/order-to-cash.md). */
public enum OrderStatus {
  /** Registered, the credit decision not yet taken. */
  RECEIVED,
  /** Credit must look at it (over the limit or warning signs); a supervisor too when far over. */
  IN_CREDIT_REVIEW,
  /** Stop supply: waits until the customer is released, or the order is cancelled. */
  ON_HOLD,
  /** Approved and not yet shipped: counts in the customer's exposure. */
  APPROVED,
  /** Not on credit: the customer pays first (or in cash); the order waits for the prepayment. */
  PREPAYMENT_REQUIRED,
  REJECTED,
  CANCELLED,
  /** Shipped and invoiced: the invoice is in the ledger with its due date. */
  INVOICED,
  /** Past due and unpaid: the customer's collection case has it. */
  HANDED_TO_COLLECTIONS,
  /** The invoice is settled. */
  PAID;

  /** An order that may still be cancelled: not shipped, not finished (one waiting for its prepayment too). */
  public boolean cancellable() {
    return Set.of(RECEIVED, IN_CREDIT_REVIEW, ON_HOLD, APPROVED, PREPAYMENT_REQUIRED).contains(this);
  }
}
