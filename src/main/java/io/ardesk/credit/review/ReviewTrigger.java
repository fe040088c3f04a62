package io.ardesk.credit.review;

/** Why a credit review started (docs/processes/customer-credit-review.md). */
public enum ReviewTrigger {
  NEW_CUSTOMER,
  REVIEW_DATE,
  RISK_SIGNAL,
  WARNING_SIGN,
  ON_REQUEST
}
