package io.ardesk.workflow.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Names of the process variables of {@code customer-credit-review}, and how forms' values are read. */
final class ReviewVariables {

  static final String CUSTOMER_NO = "customerNo";
  static final String CUSTOMER_NAME = "customerName";
  static final String SALESPERSON = "salesperson";
  static final String LEDGER_ADMINISTRATOR = "ledgerAdministrator";
  static final String TRIGGER = "trigger";
  static final String REVIEW_ID = "reviewId";
  static final String JOINED = "joined";
  static final String HAS_RECENT_FIGURES = "hasRecentFigures";
  static final String FOUNDING_DATE = "foundingDate";
  static final String ASSESSMENT_ID = "assessmentId";
  static final String RISK_SIGNALS = "riskSignals";
  static final String DECISION = "decision";
  static final String DECIDED_GRADE = "decidedGrade";
  static final String DECIDED_LIMIT = "decidedLimit";
  static final String SETTLEMENT_METHOD = "settlementMethod";
  static final String PAYMENT_TERMS_DAYS = "paymentTermsDays";
  static final String REASON = "reason";
  static final String DECIDED_BY = "decidedBy";
  static final String SUPERVISOR_NEEDED = "supervisorNeeded";
  static final String SUPERVISOR_DECISION = "supervisorDecision";
  static final String SUPERVISOR_REASON = "supervisorReason";
  static final String NEXT_REVIEW_AT = "nextReviewAt";

  static final String ACCEPT = "ACCEPT";
  static final String CHANGE = "CHANGE";
  static final String REJECT = "REJECT";
  static final String APPROVE = "APPROVE";

  private ReviewVariables() {}

  /** Money for a form's number field (forms show Double, not BigDecimal). */
  static Double forForm(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }

  /** Money as text for read-only fields and task names: 2 decimals, thousands separated. */
  static String text(BigDecimal amount) {
    return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }
}
