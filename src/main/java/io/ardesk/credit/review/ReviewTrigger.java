package io.ardesk.credit.review;

/** Why a credit review started (PROCESSES, customer-credit-review). */
public enum ReviewTrigger {
  NEW_CUSTOMER,
  REVIEW_DATE,
  RISK_SIGNAL,
  WARNING_SIGN,
  ON_REQUEST
}
