package io.ardesk.credit.domain;

import java.math.BigDecimal;

/**
 * The numbers of docs/domain.md §6 that the business tunes: kept in decision tables, so that a cut-off is
 * changed by editing a table, not code.
 */
public interface CreditPolicy {

  /** The grade for a characteristic score 0–100. */
  CreditGrade grade(BigDecimal score);

  /** The percentage (0–100) of working assets granted for an evaluation value. */
  BigDecimal limitPercent(BigDecimal evaluationValue);

  /** What a grade allows. */
  CreditTerms terms(CreditGrade grade);

  /** The payment-record item's score (0–10) for the amount-weighted average days a customer paid late. */
  int paymentRecordScore(BigDecimal averageDaysLate);
}
