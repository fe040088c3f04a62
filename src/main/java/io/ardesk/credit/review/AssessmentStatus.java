package io.ardesk.credit.review;

public enum AssessmentStatus {
  /** Computed, not (yet) approved. */
  PROPOSED,
  /** Approved and written to the customer master: the customer's current grade and limit. */
  APPROVED,
  /** Rejected by credit. */
  REJECTED
}
