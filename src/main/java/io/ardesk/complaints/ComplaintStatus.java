package io.ardesk.complaints;

/** Where a complaint stands: open until the customer is satisfied (step 10), closed when archived (step 13). */
public enum ComplaintStatus {
  OPEN,
  SETTLED,
  CLOSED
}
