package io.ardesk.credit.review;

/** How a credit review ended. */
public enum ReviewOutcome {
  /** The assessment was approved and written to the customer master. */
  APPROVED,
  /** Credit rejected the assessment; the customer keeps its terms. */
  REJECTED
}
