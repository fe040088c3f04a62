package io.ardesk.complaints;

/** How a complaint reached us. */
public enum ComplaintSource {
  /** {@code POST /api/complaints}. */
  API,
  /** The start form in Tasklist. */
  TASKLIST,
  /** A receipt inquiry after shipment found a problem (order-to-cash). */
  DELIVERY_INQUIRY,
  /** A satisfaction inquiry found the customer dissatisfied (order-to-cash). */
  SATISFACTION_INQUIRY,
  /** The customer disputed a line of a statement of account. */
  STATEMENT,
  /** The customer disputed invoices during a collector's call (collection-case). */
  COLLECTOR_CALL
}
