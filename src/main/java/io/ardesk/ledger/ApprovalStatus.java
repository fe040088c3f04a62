package io.ardesk.ledger;

/** Where a request waiting for a second person stands. */
public enum ApprovalStatus {
  PENDING,
  APPROVED,
  REFUSED
}
